using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Mcode;

public sealed class McodeVocabularyTests
{
    private static readonly McodeVocabulary Vocabulary = McodeVocabularyLoader.Default;

    [Theory]
    [InlineData("CancerCondition", "PrimaryCancerCondition")]
    [InlineData("TumorMarker", "TumorMarkerTest")]
    [InlineData("CancerGeneticVariant", "GenomicVariant")]
    [InlineData("TNMClinicalStageGroup", "TNMStageGroup")]
    [InlineData("TNMPathologicalStageGroup", "TNMStageGroup")]
    [InlineData("TNMClinicalPrimaryTumorCategory", "TNMPrimaryTumorCategory")]
    [InlineData("TNMPathologicalRegionalNodesCategory", "TNMRegionalNodesCategory")]
    [InlineData("TNMClinicalDistantMetastasesCategory", "TNMDistantMetastasesCategory")]
    [InlineData("CancerRelatedMedicationStatement", "CancerRelatedMedicationAdministration")]
    [InlineData("ECOG", "ECOGPerformanceStatus")]
    [InlineData("KPS", "KarnofskyPerformanceStatus")]
    [InlineData("MelanomaBreslowDepthStage", "CancerStage")]
    [InlineData("mcode-prostate-gleason-grade-group", "CancerStage")]
    [InlineData("CancerRelatedMedication", "CancerRelatedMedicationAdministration")]
    [InlineData("CancerRelatedProcedure", "CancerRelatedSurgicalProcedure")]
    [InlineData("Radiotherapy", "RadiotherapyCourseSummary")]
    [InlineData("TNMStage", "TNMStageGroup")]
    [InlineData("cancer related medication administration", "CancerRelatedMedicationAdministration")]
    [InlineData("mcode-tumor-marker-test", "TumorMarkerTest")]
    public void Old_and_informal_names_resolve(string name, string expected)
    {
        Assert.Equal(expected, Vocabulary.ResolveElement(name)?.Name);
    }

    [Theory]
    [InlineData("Observation")]
    [InlineData("MedicationStatement")]
    [InlineData("NotAnElement")]
    public void Non_elements_do_not_resolve(string name)
    {
        Assert.Null(Vocabulary.ResolveElement(name));
    }

    [Theory]
    [InlineData("CancerRelatedMedicationRequest", "CancerRelatedMedication")]
    [InlineData("CancerRelatedMedicationAdministration", "CancerRelatedMedication")]
    [InlineData("TNMPrimaryTumorCategory", "TNMCategory")]
    [InlineData("TNMRegionalNodesCategory", "TNMCategory")]
    [InlineData("TNMDistantMetastasesCategory", "TNMCategory")]
    [InlineData("TNMCategory", "TNMCategory")]
    [InlineData("CancerStage", "CancerStage")]
    [InlineData("TNMStageGroup", "CancerStage")]
    [InlineData("LymphomaStage", "CancerStage")]
    [InlineData("PrimaryCancerCondition", "CancerCondition")]
    [InlineData("SecondaryCancerCondition", "CancerCondition")]
    [InlineData("HistoryOfMetastaticCancer", "CancerCondition")]
    [InlineData("TumorMarkerTest", "TumorMarkerTest")]
    [InlineData("ECOGPerformanceStatus", "ECOGPerformanceStatus")]
    public void Families_group_related_elements(string name, string family)
    {
        Assert.Equal(family, Vocabulary.ResolveElement(name)!.Family);
    }

    [Theory]
    [InlineData("ECOGPerformanceStatus", CodeSystems.Loinc, "89247-1")]
    [InlineData("KarnofskyPerformanceStatus", CodeSystems.Loinc, "89243-0")]
    [InlineData("RadiotherapyCourseSummary", CodeSystems.Snomed, "1217123003")]
    [InlineData("TumorSize", CodeSystems.Loinc, "21889-1")]
    [InlineData("CancerDiseaseStatus", CodeSystems.Loinc, "97509-4")]
    public void Fixed_codes_come_from_the_profiles(string name, string system, string code)
    {
        var fixedCode = Vocabulary.ResolveElement(name)!.FixedCode;

        Assert.Equal((system, code), (fixedCode?.System, fixedCode?.Code));
    }

    [Fact]
    public void Elements_without_a_fixed_code_have_none()
    {
        Assert.Null(Vocabulary.ResolveElement("PrimaryCancerCondition")!.FixedCode);
    }

    [Theory]
    [InlineData("PrimaryCancerCondition", new[] { CodeSystems.Icd10Cm, CodeSystems.Snomed })]
    [InlineData("SecondaryCancerCondition", new[] { CodeSystems.Icd10Cm, CodeSystems.Snomed })]
    [InlineData("CancerStage", new[] { CodeSystems.Ncit, CodeSystems.Snomed })]
    [InlineData("TNMStageGroup", new[] { CodeSystems.Snomed })]
    [InlineData("TNMPrimaryTumorCategory", new[] { CodeSystems.Snomed })]
    [InlineData("TNMRegionalNodesCategory", new[] { CodeSystems.Snomed })]
    [InlineData("TNMDistantMetastasesCategory", new[] { CodeSystems.Snomed })]
    [InlineData("TumorMarkerTest", new[] { CodeSystems.Loinc })]
    [InlineData("GenomicVariant", new[] { CodeSystems.Hgvs, CodeSystems.Hgnc })]
    [InlineData("CancerRelatedMedicationRequest", new[] { CodeSystems.RxNorm })]
    [InlineData("CancerRelatedMedicationAdministration", new[] { CodeSystems.RxNorm })]
    [InlineData("CancerRelatedSurgicalProcedure", new[] { CodeSystems.Snomed, "http://www.ama-assn.org/go/cpt", "http://www.cms.gov/Medicare/Coding/ICD10" })]
    [InlineData("RadiotherapyCourseSummary", new[] { CodeSystems.Snomed })]
    [InlineData("ECOGPerformanceStatus", new[] { CodeSystems.Loinc })]
    [InlineData("KarnofskyPerformanceStatus", new[] { CodeSystems.Loinc })]
    public void Canonical_elements_expect_the_systems_of_their_value_binding(string name, string[] systems)
    {
        var element = Vocabulary.ResolveElement(name)!;

        Assert.Equal(systems.Order(StringComparer.Ordinal), element.ExpectedSystems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Expected_systems_use_the_canonical_uris()
    {
        Assert.All(Vocabulary.Elements.SelectMany(e => e.ExpectedSystems), system => Assert.Equal(CodeSystems.Canonicalize(system), system));
    }

    [Theory]
    [InlineData("PrimaryCancerCondition", "mcode-primary-cancer-disorder-vs")]
    [InlineData("TumorMarkerTest", "mcode-tumor-marker-test-vs")]
    [InlineData("TNMStageGroup", "mcode-tnm-stage-group-vs")]
    [InlineData("ECOGPerformanceStatus", "http://loinc.org/vs/LL529-9")]
    public void Value_set_ids_name_the_value_binding(string name, string valueSetId)
    {
        Assert.Contains(valueSetId, Vocabulary.ResolveElement(name)!.ValueSetIds);
    }

    [Fact]
    public void Tumor_marker_tests_are_fully_enumerated()
    {
        const string valueSet = "mcode-tumor-marker-test-vs";

        Assert.True(Vocabulary.IsEnumerated(valueSet));
        Assert.True(Vocabulary.Contains(valueSet, new CodeRef("LOINC", "48676-1")));
        Assert.False(Vocabulary.Contains(valueSet, new CodeRef(CodeSystems.Loinc, "99999-9")));
    }

    [Fact]
    public void Primary_cancer_disorders_are_enumerated_for_icd10cm_only()
    {
        const string valueSet = "mcode-primary-cancer-disorder-vs";

        Assert.False(Vocabulary.IsEnumerated(valueSet));
        Assert.True(Vocabulary.IsEnumeratedFor(valueSet, CodeSystems.Icd10Cm));
        Assert.False(Vocabulary.IsEnumeratedFor(valueSet, "SNOMED CT"));
        Assert.True(Vocabulary.IsEnumeratedFor(valueSet, CodeSystems.Loinc));
        Assert.True(Vocabulary.Contains(valueSet, new CodeRef("icd-10-cm", "C50.911")));
        Assert.False(Vocabulary.Contains(valueSet, new CodeRef(CodeSystems.Icd10Cm, "C99.999")));
    }

    [Fact]
    public void Union_value_sets_hold_the_codes_of_the_sets_they_include()
    {
        // RadiotherapyModalityVS = TeleradiotherapyModalityVS + BrachytherapyModalityVS (+ UNC).
        const string valueSet = "mcode-radiotherapy-modality-vs";

        Assert.True(Vocabulary.IsEnumerated(valueSet));
        Assert.True(Vocabulary.Contains(valueSet, new CodeRef(CodeSystems.Snomed, "169359004")));
        Assert.True(Vocabulary.Contains(valueSet, new CodeRef(CodeSystems.Snomed, "1156506007")));
        Assert.False(Vocabulary.Contains(valueSet, new CodeRef(CodeSystems.Snomed, "1217123003")));
    }

    [Fact]
    public void Rule_only_value_sets_are_not_enumerated()
    {
        Assert.False(Vocabulary.IsEnumerated("mcode-tnm-stage-group-vs"));
        Assert.False(Vocabulary.IsEnumeratedFor("mcode-tnm-stage-group-vs", CodeSystems.Snomed));
        Assert.False(Vocabulary.IsEnumerated("http://loinc.org/vs/LL529-9"));
    }

    [Fact]
    public void Every_alias_resolves_to_the_element_that_lists_it()
    {
        foreach (var element in Vocabulary.Elements)
        {
            Assert.All(element.Aliases.Append(element.Id), alias => Assert.Same(element, Vocabulary.ResolveElement(alias)));
        }
    }
}
