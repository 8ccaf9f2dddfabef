using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class RulesExtractorTests
{
    private static readonly RulesExtractor Extractor = new();

    [Theory]
    // conditions
    [InlineData("Histologically confirmed breast cancer", "breast cancer", "condition", "PrimaryCancerCondition", "Breast cancer")]
    [InlineData("Stage IV Non-Small-Cell Lung Cancer", "Non-Small-Cell Lung Cancer", "condition", "PrimaryCancerCondition", "Non-small cell lung cancer")]
    [InlineData("Patients with NSCLC after progression", "NSCLC", "condition", "PrimaryCancerCondition", "Non-small cell lung cancer")]
    [InlineData("Extensive small cell lung cancer", "small cell lung cancer", "condition", "PrimaryCancerCondition", "Small cell lung cancer")]
    [InlineData("adenocarcinoma of the prostate", "adenocarcinoma of the prostate", "condition", "PrimaryCancerCondition", "Prostate adenocarcinoma")]
    [InlineData("relapsed diffuse large B-cell lymphoma", "diffuse large B-cell lymphoma", "condition", "PrimaryCancerCondition", "Diffuse large B-cell lymphoma")]
    [InlineData("newly diagnosed multiple myeloma", "multiple myeloma", "condition", "PrimaryCancerCondition", "Multiple myeloma")]
    [InlineData("high-grade serous ovarian cancer", "ovarian cancer", "condition", "PrimaryCancerCondition", "Ovarian cancer")]
    [InlineData("resectable pancreatic ductal adenocarcinoma", "pancreatic ductal adenocarcinoma", "condition", "PrimaryCancerCondition", "Pancreatic adenocarcinoma")]
    [InlineData("IDH-wildtype glioblastoma", "glioblastoma", "condition", "PrimaryCancerCondition", "Glioblastoma")]
    [InlineData("unresectable cutaneous melanoma", "cutaneous melanoma", "condition", "PrimaryCancerCondition", "Cutaneous melanoma")]
    [InlineData("Untreated brain metastases", "brain metastases", "condition", "SecondaryCancerCondition", "Brain metastases")]
    [InlineData("except non-melanoma skin cancer", "non-melanoma skin cancer", "condition", "PrimaryCancerCondition", "Non-melanoma skin cancer")]
    // tumour markers
    [InlineData("HER2-positive disease", "HER2-positive", "biomarker", "TumorMarkerTest", "HER2 positive")]
    [InlineData("ER+ tumours", "ER+", "biomarker", "TumorMarkerTest", "ER positive")]
    [InlineData("estrogen receptor positive tumor", "estrogen receptor positive", "biomarker", "TumorMarkerTest", "ER positive")]
    [InlineData("HER2-low disease", "HER2-low", "biomarker", "TumorMarkerTest", "HER2 low")]
    [InlineData("defined as ER ≥ 1% by IHC", "ER ≥ 1%", "biomarker", "TumorMarkerTest", "ER >= 1%")]
    [InlineData("PD-L1 TPS ≥ 50%", "PD-L1 TPS ≥ 50%", "biomarker", "TumorMarkerTest", "PD-L1 >= 50%")]
    [InlineData("PD-L1 expression of at least 1%", "PD-L1 expression of at least 1%", "biomarker", "TumorMarkerTest", "PD-L1 >= 1%")]
    [InlineData("PSA ≥ 2 ng/mL at screening", "PSA ≥ 2 ng/mL", "biomarker", "TumorMarkerTest", "PSA >= 2 ng/mL")]
    [InlineData("triple negative disease", "triple negative", "biomarker", "TumorMarkerTest", "Triple negative")]
    [InlineData("hormone receptor-positive", "hormone receptor-positive", "biomarker", "TumorMarkerTest", "HR positive")]
    // genomic variants
    [InlineData("harbouring an EGFR exon 19 deletion", "EGFR exon 19 deletion", "genomic_variant", "GenomicVariant", "EGFR exon 19 deletion")]
    [InlineData("an EGFR L858R mutation", "EGFR L858R mutation", "genomic_variant", "GenomicVariant", "EGFR L858R")]
    [InlineData("with L858R", "L858R", "genomic_variant", "GenomicVariant", "EGFR L858R")]
    [InlineData("documented ALK rearrangement", "ALK rearrangement", "genomic_variant", "GenomicVariant", "ALK rearrangement")]
    [InlineData("ALK-positive NSCLC", "ALK-positive", "genomic_variant", "GenomicVariant", "ALK rearrangement")]
    [InlineData("KRAS G12C mutation identified", "KRAS G12C mutation", "genomic_variant", "GenomicVariant", "KRAS G12C")]
    [InlineData("BRAF V600E-mutant melanoma", "BRAF V600E-mutant", "genomic_variant", "GenomicVariant", "BRAF V600E")]
    [InlineData("germline BRCA2 mutation", "BRCA2 mutation", "genomic_variant", "GenomicVariant", "BRCA2 mutation")]
    [InlineData("MSI-H tumours", "MSI-H", "genomic_variant", "GenomicVariant", "MSI-H")]
    [InlineData("mismatch repair deficient colorectal cancer", "mismatch repair deficient", "genomic_variant", "GenomicVariant", "dMMR")]
    // stage
    [InlineData("locally advanced stage IIIB disease", "stage IIIB", "stage", "TNMStageGroup", "Stage IIIB")]
    [InlineData("Ann Arbor stage III disease", "Ann Arbor stage III", "stage", "CancerStage", "Ann Arbor stage III")]
    // medications, surgery, radiotherapy
    [InlineData("prior trastuzumab", "trastuzumab", "medication", "CancerRelatedMedicationRequest", "trastuzumab")]
    [InlineData("received nab-paclitaxel", "nab-paclitaxel", "medication", "CancerRelatedMedicationRequest", "nab-paclitaxel")]
    [InlineData("six cycles of R-CHOP", "R-CHOP", "medication", "CancerRelatedMedicationRequest", "R-CHOP")]
    [InlineData("any EGFR tyrosine kinase inhibitor", "EGFR tyrosine kinase inhibitor", "medication", "CancerRelatedMedicationRequest", "EGFR tyrosine kinase inhibitor")]
    [InlineData("prior CDK4/6 inhibitor therapy", "CDK4/6 inhibitor", "medication", "CancerRelatedMedicationRequest", "CDK4/6 inhibitor")]
    [InlineData("after modified radical mastectomy", "modified radical mastectomy", "surgery", "CancerRelatedSurgicalProcedure", "Mastectomy")]
    [InlineData("candidate for pancreaticoduodenectomy", "pancreaticoduodenectomy", "surgery", "CancerRelatedSurgicalProcedure", "Pancreaticoduodenectomy")]
    [InlineData("prior radical prostatectomy", "radical prostatectomy", "surgery", "CancerRelatedSurgicalProcedure", "Radical prostatectomy")]
    [InlineData("palliative radiotherapy to bone", "radiotherapy", "radiotherapy", "RadiotherapyCourseSummary", "Radiotherapy")]
    [InlineData("WBRT within 2 weeks", "WBRT", "radiotherapy", "RadiotherapyCourseSummary", "Whole brain radiotherapy")]
    [InlineData("SBRT to one lesion", "SBRT", "radiotherapy", "RadiotherapyCourseSummary", "Stereotactic body radiation therapy")]
    [InlineData("stereotactic radiosurgery for brain lesions", "stereotactic radiosurgery", "radiotherapy", "RadiotherapyCourseSummary", "Stereotactic radiosurgery")]
    // performance status
    [InlineData("ECOG 0-1", "ECOG 0-1", "performance_status", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG performance status of 0 or 1.", "ECOG performance status of 0 or 1", "performance_status", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG PS ≤ 2", "ECOG PS ≤ 2", "performance_status", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("Eastern Cooperative Oncology Group (ECOG) performance status 0 to 1", "Eastern Cooperative Oncology Group (ECOG) performance status 0 to 1", "performance_status", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("KPS ≥ 70", "KPS ≥ 70", "performance_status", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    [InlineData("Karnofsky performance status of at least 70%", "Karnofsky performance status of at least 70%", "performance_status", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    public void Finds_the_mention_with_its_type_element_and_value(string text, string expectedText, string expectedType, string expectedElement, string expectedValue)
    {
        var extraction = Extractor.Extract(text);

        var entity = Assert.Single(extraction.Entities, e => e.Text == expectedText);
        Assert.Equal(expectedType, entity.Type);
        Assert.Equal(expectedText, text[entity.Start..entity.End]);
        Assert.Contains(extraction.Mappings, m => m.EntityId == entity.Id && m.Element == expectedElement && m.Value == expectedValue && m.SourceText == expectedText);
    }

    [Theory]
    [InlineData("HER2-positive", CodeSystems.Loinc, "48676-1")]
    [InlineData("ER-negative", CodeSystems.Loinc, "16112-5")]
    [InlineData("PR-positive", CodeSystems.Loinc, "16113-3")]
    [InlineData("breast cancer", CodeSystems.Snomed, "254837009")]
    [InlineData("brain metastases", CodeSystems.Snomed, "94225005")]
    [InlineData("trastuzumab", CodeSystems.RxNorm, "224905")]
    [InlineData("EGFR exon 19 deletion", CodeSystems.Hgnc, "HGNC:3236")]
    [InlineData("ECOG 1", CodeSystems.Loinc, "LA9623-5")]
    [InlineData("ECOG 0-1", CodeSystems.Loinc, "89247-1")]
    [InlineData("KPS ≥ 70", CodeSystems.Loinc, "89243-0")]
    public void Known_concepts_carry_their_codes(string text, string system, string code)
    {
        var mapping = Extractor.Extract(text).Mappings[0];

        Assert.Equal(new CodeRef(system, code), mapping.Code! with { Display = null });
    }

    [Fact]
    public void Metastatic_before_a_primary_cancer_joins_the_span_and_adds_a_secondary_condition()
    {
        var extraction = Extractor.Extract("Metastatic castration-resistant prostate cancer");

        var entity = Assert.Single(extraction.Entities);
        Assert.Equal("Metastatic castration-resistant prostate cancer", entity.Text);
        Assert.Equal(["PrimaryCancerCondition", "SecondaryCancerCondition"], extraction.Mappings.Select(m => m.Element));
    }

    [Fact]
    public void The_longest_mention_wins_and_mentions_never_overlap()
    {
        var extraction = Extractor.Extract("non-small cell lung cancer treated with a KRAS G12C inhibitor or nab-paclitaxel");

        Assert.Equal(["non-small cell lung cancer", "KRAS G12C inhibitor", "nab-paclitaxel"], extraction.Entities.Select(e => e.Text));
        Assert.All(extraction.Entities.Zip(extraction.Entities.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Matching_is_case_insensitive_for_words_but_not_for_abbreviations()
    {
        Assert.Single(Extractor.Extract("BREAST CANCER").Entities);
        Assert.Empty(Extractor.Extract("a crc check of the nsclc").Entities);
        Assert.Empty(Extractor.Extract("the ER was busy; the patient PR was noted").Entities);
    }

    [Fact]
    public void Words_inside_longer_words_are_not_mentions()
    {
        Assert.Empty(Extractor.Extract("Surgeryless; pretrastuzumabic; carboplatinum").Entities);
    }

    [Fact]
    public void Stage_lists_and_ranges_are_one_mention_with_a_mapping_per_stage()
    {
        var extraction = Extractor.Extract("Stage IIIB-IV disease; stage IIIC or stage IV");

        Assert.Equal(["Stage IIIB-IV", "stage IIIC", "stage IV"], extraction.Entities.Select(e => e.Text));
        Assert.Equal(["Stage IIIB", "Stage IV", "Stage IIIC", "Stage IV"], extraction.Mappings.Select(m => m.Value));
        Assert.Equal("1222806003", extraction.Mappings[2].Code?.Code);
    }

    [Fact]
    public void Arabic_stage_numbers_need_a_staging_system()
    {
        Assert.Empty(Extractor.Extract("chronic kidney disease stage 3").Entities);
        Assert.Equal("FIGO stage 3", Assert.Single(Extractor.Extract("FIGO stage 3 disease").Entities).Text);
    }

    [Fact]
    public void Mentions_do_not_run_across_line_breaks()
    {
        var extraction = Extractor.Extract("KRAS\nG12C\nexon 19 deletion");

        Assert.Equal(["KRAS", "G12C", "exon 19 deletion"], extraction.Entities.Select(e => e.Text));
    }

    [Theory]
    [InlineData("ECOG")]
    [InlineData("stage")]
    [InlineData("ECOG 2-0 and KPS 100% or more")]
    [InlineData("HER2+++ (ER-/PR-) T N M cT pN0(i+")]
    [InlineData("BRCA1/2/3 exon exon 19 p. V600 / K")]
    [InlineData("No\nno\r\nnot; without: \u00A0\u2013 \uD83D\uDE00 Stage IV\u00A0NSCLC")]
    public void Odd_input_never_throws_and_offsets_always_slice_to_the_text(string text)
    {
        var extraction = Extractor.Extract(text);

        Assert.All(extraction.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(extraction.Mappings, m => Assert.Contains(extraction.Entities, e => e.Id == m.EntityId));
    }

    [Fact]
    public void Empty_text_gives_an_empty_extraction()
    {
        var extraction = Extractor.Extract(string.Empty);

        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Mappings);
    }
}
