using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

public sealed class MappingScoringTests
{
    private static ScoreReport Score(IReadOnlyList<Mapping> gold, IReadOnlyList<Mapping> predicted) =>
        Scorer.Score(WorkedCheck.Sections, new GoldStandard("NCT1", [], gold), new Prediction([], predicted), TestVocabulary.Options());

    [Fact]
    public void Equal_codes_are_strict_matches_whatever_the_values_and_system_spelling()
    {
        var report = Score(
            [new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1"))],
            [new Mapping("TumorMarker", "HER2 amplified", new CodeRef("LOINC", " 48676-1 "))]);

        Assert.Equal(1, report.Mappings.Strict.Cor);
        Assert.Equal(1, report.Mappings.Lenient.Cor);
        Assert.Equal(MappingMatchClass.Strict, Assert.Single(report.MappingAlignment).Match);
    }

    [Fact]
    public void Different_codes_fail_strict_even_with_equal_values_but_contained_values_pass_lenient()
    {
        var report = Score(
            [new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1"))],
            [new Mapping("TumorMarkerTest", "HER2-positive", new CodeRef(CodeSystems.Loinc, "85319-2"))]);

        Assert.Equal((0, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc));
        Assert.Equal(1, report.Mappings.Lenient.Cor);
    }

    [Fact]
    public void Without_codes_on_both_sides_strict_compares_normalised_values()
    {
        var report = Score(
            [new Mapping("PrimaryCancerCondition", "Breast cancer", new CodeRef(CodeSystems.Snomed, "254837009"))],
            [new Mapping("CancerCondition", "breast  CANCER.")]);

        Assert.Equal(1, report.Mappings.Strict.Cor);
    }

    [Fact]
    public void Lenient_accepts_the_same_family_and_a_contained_value_where_strict_does_not()
    {
        var report = Score(
            [new Mapping("CancerRelatedMedicationRequest", "trastuzumab"), new Mapping("PrimaryCancerCondition", "metastatic breast cancer")],
            [new Mapping("CancerRelatedMedicationAdministration", "trastuzumab"), new Mapping("SecondaryCancerCondition", "breast cancer")]);

        Assert.Equal((0, 2, 0, 0), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc, report.Mappings.Strict.Mis, report.Mappings.Strict.Spu));
        Assert.Equal((2, 0), (report.Mappings.Lenient.Cor, report.Mappings.Lenient.Inc));
        Assert.Equal(0.0, report.Mappings.Strict.F1);
        Assert.Equal(1.0, report.Mappings.Lenient.F1);
    }

    [Fact]
    public void Value_containment_is_on_whole_words()
    {
        var report = Score([new Mapping("TumorMarkerTest", "HER2 positive")], [new Mapping("TumorMarkerTest", "ER")]);

        Assert.Equal((0, 1), (report.Mappings.Lenient.Cor, report.Mappings.Lenient.Inc));
    }

    [Fact]
    public void A_TNM_category_is_contained_in_the_same_category_with_a_prefix_or_in_a_compact_group()
    {
        IReadOnlyList<Mapping> gold = [new Mapping("TNMPrimaryTumorCategory", "cT2"), new Mapping("TNMRegionalNodesCategory", "cT2N1M0")];
        IReadOnlyList<Mapping> predicted = [new Mapping("TNMPrimaryTumorCategory", "T2"), new Mapping("TNMRegionalNodesCategory", "N1")];
        var text = Scorer.Score(WorkedCheck.Sections, new GoldStandard("NCT1", [], gold), new Prediction([], predicted),
            TestVocabulary.Options() with { ValueComparison = ValueComparison.Text });
        var clinical = Score(gold, predicted);

        // As text, both differ; read clinically, cT2 and T2 are the same category (the prefix does not block a
        // match), while a whole group is still not its nodal category alone.
        Assert.Equal((0, 2), (text.Mappings.Strict.Cor, text.Mappings.Strict.Inc));
        Assert.Equal((1, 1), (clinical.Mappings.Strict.Cor, clinical.Mappings.Strict.Inc));
        Assert.Equal((2, 0), (text.Mappings.Lenient.Cor, text.Mappings.Lenient.Inc));
        Assert.Equal((2, 0), (clinical.Mappings.Lenient.Cor, clinical.Mappings.Lenient.Inc));
    }

    [Fact]
    public void A_value_without_its_unit_is_another_value_for_strict()
    {
        var report = Score([new Mapping("TumorMarkerTest", "ER \u2265 1%")], [new Mapping("TumorMarkerTest", "ER \u2265 1")]);

        Assert.Equal((0, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc));
        Assert.Equal(1, report.Mappings.Lenient.Cor);
    }

    [Fact]
    public void Different_families_never_pair()
    {
        var report = Score([new Mapping("TumorMarkerTest", "HER2")], [new Mapping("PrimaryCancerCondition", "HER2")]);

        Assert.Equal((0, 0, 1, 1), (report.Mappings.Lenient.Cor, report.Mappings.Lenient.Inc, report.Mappings.Lenient.Mis, report.Mappings.Lenient.Spu));
        Assert.Equal(1, report.PerElement["TumorMarkerTest"].Strict.Mis);
        Assert.Equal(1, report.PerElement["PrimaryCancerCondition"].Strict.Spu);
    }

    [Fact]
    public void Mapping_alignment_is_one_to_one_and_prefers_strict_pairs()
    {
        // Two equal predictions: one pairs strictly with the nodes category, the other can only pair leniently with the
        // tumour category (same family, "t2" inside "t2 n1"), so strict counts one COR and one INC, lenient two COR.
        var report = Score(
            [new Mapping("TNMPrimaryTumorCategory", "T2"), new Mapping("TNMRegionalNodesCategory", "T2 N1")],
            [new Mapping("TNMRegionalNodesCategory", "T2 N1"), new Mapping("TNMRegionalNodesCategory", "T2 N1")]);

        Assert.Equal((1, 1, 0, 0), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc, report.Mappings.Strict.Mis, report.Mappings.Strict.Spu));
        Assert.Equal((2, 0), (report.Mappings.Lenient.Cor, report.Mappings.Lenient.Inc));
    }

    [Fact]
    public void Shuffling_mappings_changes_no_count()
    {
        var gold = new List<Mapping>
        {
            new("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1")),
            new("TumorMarkerTest", "ER positive"),
            new("CancerRelatedMedicationRequest", "trastuzumab"),
            new("PrimaryCancerCondition", "breast cancer"),
            new("TNMPrimaryTumorCategory", "T2"),
        };
        var predicted = new List<Mapping>
        {
            new("TumorMarkerTest", "ER"),
            new("TumorMarkerTest", "HER2", new CodeRef(CodeSystems.Loinc, "48676-1")),
            new("CancerRelatedMedicationAdministration", "trastuzumab"),
            new("CancerRelatedMedicationRequest", "pertuzumab"),
            new("TNMRegionalNodesCategory", "T2"),
            new("PrimaryCancerCondition", "metastatic breast cancer"),
        };
        var expected = Score(gold, predicted);
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var report = Score(gold.OrderBy(_ => random.Next()).ToList(), predicted.OrderBy(_ => random.Next()).ToList());

            Assert.Equal(expected.Mappings, report.Mappings);
            Assert.Equal(expected.PerElement, report.PerElement);
        }
    }

    [Fact]
    public void Mapping_scores_stay_apart_from_entity_scores()
    {
        var gold = new GoldStandard("NCT1", WorkedCheck.GoldEntities, [new Mapping("TumorMarkerTest", "HER2 positive")]);
        var prediction = new Prediction(WorkedCheck.Predictions, [new Mapping("TumorMarkerTest", "HER2-positive")]);

        var report = Scorer.Score(WorkedCheck.Sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal((2, 1, 1), (report.Entities.Strict.Cor, report.Entities.Strict.Inc, report.Entities.Strict.Spu));
        Assert.Equal((1, 0, 0), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc, report.Mappings.Strict.Spu));
        Assert.Equal(1.0, report.Compliance.Compliance);
    }

    [Fact]
    public void An_unresolved_gold_element_gets_a_diagnostic_and_matches_only_the_same_unknown_name()
    {
        var report = Score([new Mapping("Tumour Thing", "HER2")], [new Mapping("tumour-thing", "HER2"), new Mapping("TumorMarkerTest", "HER2")]);

        Assert.Equal((1, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Spu));
        Assert.Equal("gold.mappings[0].element", Assert.Single(report.Diagnostics).JsonPath);
    }
}
