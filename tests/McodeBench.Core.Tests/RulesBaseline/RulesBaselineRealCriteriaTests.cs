using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

/// <summary>
/// Criteria written as NCI and sponsors write them (issue 10, item 9): comparators such as <c>=&lt;</c>, "or better",
/// the value before the scale, every Unicode hyphen and dash, "ECOG (Zubrod)", Karnofsky with a Lansky alternative, a
/// scale name broken across a line; lymphoma and leukaemia abbreviations, histology words alone, organ-noun forms.
/// The sentences are written for these tests (none is copied from a record).
/// </summary>
public sealed class RulesBaselineRealCriteriaTests
{
    private static readonly RulesExtractor Extractor = new();

    [Theory]
    [InlineData("Zubrod performance status =< 2 within 14 days", "Zubrod performance status =< 2", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG PS =< 1.", "ECOG PS =< 1", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG performance status => 2 is excluded", "ECOG performance status => 2", "ECOGPerformanceStatus", "ECOG >= 2")]
    [InlineData("Karnofsky performance status >= 70", "Karnofsky performance status >= 70", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    [InlineData("Karnofsky =< 60", "Karnofsky =< 60", "KarnofskyPerformanceStatus", "Karnofsky <= 60")]
    [InlineData("ECOG performance status of 2 or better", "ECOG performance status of 2 or better", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG score of 3 or worse", "ECOG score of 3 or worse", "ECOGPerformanceStatus", "ECOG >= 3")]
    [InlineData("Patients must have a performance status of 0 or 1 on the ECOG scale.", "performance status of 0 or 1 on the ECOG scale", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("Performance status 0-2 (ECOG)", "Performance status 0-2 (ECOG)", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("a performance status (PS) of 0 to 1 according to the Eastern Cooperative Oncology Group scale", "performance status (PS) of 0 to 1 according to the Eastern Cooperative Oncology Group scale", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG 0\u20101", "ECOG 0\u20101", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG 0\u20111", "ECOG 0\u20111", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG 0\u20122", "ECOG 0\u20122", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG 0\u20131", "ECOG 0\u20131", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG 0\u20141", "ECOG 0\u20141", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG 0\u20152", "ECOG 0\u20152", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG (Zubrod) performance status 0-2", "ECOG (Zubrod) performance status 0-2", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG/Zubrod PS of 0 or 1", "ECOG/Zubrod PS of 0 or 1", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("KPS scores of 70 or greater", "KPS scores of 70 or greater", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    [InlineData("Karnofsky or Lansky >= 50", "Karnofsky or Lansky >= 50", "KarnofskyPerformanceStatus", "Karnofsky >= 50")]
    [InlineData("Karnofsky/Lansky \u2265 50", "Karnofsky/Lansky \u2265 50", "KarnofskyPerformanceStatus", "Karnofsky >= 50")]
    [InlineData("KPS/LPS of at least 60%", "KPS/LPS of at least 60%", "KarnofskyPerformanceStatus", "Karnofsky >= 60")]
    [InlineData("Karnofsky performance status 70\u2013100%", "Karnofsky performance status 70\u2013100%", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    [InlineData("Eastern Cooperative Oncology Group (ECOG)\nperformance status 0-1", "Eastern Cooperative Oncology Group (ECOG)\nperformance status 0-1", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("ECOG performance\r\nstatus of 0 or 1", "ECOG performance\r\nstatus of 0 or 1", "ECOGPerformanceStatus", "ECOG 0-1")]
    [InlineData("Karnofsky performance\nstatus \u2265 60", "Karnofsky performance\nstatus \u2265 60", "KarnofskyPerformanceStatus", "Karnofsky >= 60")]
    [InlineData("ECOG performance status \\</= 2.", "ECOG performance status \\</= 2", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG/Zubrod scale must be =\\< 2", "ECOG/Zubrod scale must be =\\< 2", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("ECOG performance status of \\< or = 2", "ECOG performance status of \\< or = 2", "ECOGPerformanceStatus", "ECOG 0-2")]
    [InlineData("Karnofsky PS of \\>= 70%", "Karnofsky PS of \\>= 70%", "KarnofskyPerformanceStatus", "Karnofsky >= 70")]
    [InlineData("Karnofsky Performance Status \\> 40.", "Karnofsky Performance Status \\> 40", "KarnofskyPerformanceStatus", "Karnofsky > 40")]
    [InlineData("Karnofsky score \\<= 70", "Karnofsky score \\<= 70", "KarnofskyPerformanceStatus", "Karnofsky <= 70")]
    public void Performance_status_as_written_in_real_criteria(string text, string mention, string element, string value) =>
        AssertFinds(text, mention, "performance_status", element, value);

    [Theory]
    [InlineData("Relapsed or refractory NHL after two lines", "NHL", "Non-Hodgkin lymphoma")]
    [InlineData("Patients with HL in first relapse", "HL", "Hodgkin lymphoma")]
    [InlineData("Classical HL, CD30 positive", "Classical HL", "Classical Hodgkin lymphoma")]
    [InlineData("Grade 1-3a FL requiring therapy", "FL", "Follicular lymphoma")]
    [InlineData("Relapsed MZL after rituximab", "MZL", "Marginal zone lymphoma")]
    [InlineData("Stage IB or higher CTCL", "CTCL", "Cutaneous T-cell lymphoma")]
    [InlineData("PTCL not otherwise specified", "PTCL", "Peripheral T-cell lymphoma")]
    [InlineData("systemic ALCL", "ALCL", "Anaplastic large cell lymphoma")]
    [InlineData("Untreated CLL requiring therapy", "CLL", "Chronic lymphocytic leukemia")]
    [InlineData("Newly diagnosed AML, not APL", "AML", "Acute myeloid leukemia")]
    [InlineData("Lower-risk MDS with anaemia", "MDS", "Myelodysplastic syndrome")]
    [InlineData("Relapsed B-ALL in second remission", "B-ALL", "Acute lymphoblastic leukemia")]
    [InlineData("Patients with CMML and monocytosis", "CMML", "Chronic myelomonocytic leukemia")]
    [InlineData("Histologically confirmed adenocarcinoma", "adenocarcinoma", "Adenocarcinoma")]
    [InlineData("Recurrent squamous cell carcinoma, any site", "squamous cell carcinoma", "Squamous cell carcinoma")]
    [InlineData("Well-differentiated neuroendocrine tumor", "neuroendocrine tumor", "Neuroendocrine neoplasm")]
    [InlineData("Metastatic pancreas cancer previously untreated", "Metastatic pancreas cancer", "Pancreatic cancer")]
    [InlineData("Borderline resectable pancreas adenocarcinoma", "pancreas adenocarcinoma", "Pancreatic adenocarcinoma")]
    [InlineData("Stomach carcinoma confirmed by biopsy", "Stomach carcinoma", "Gastric cancer")]
    [InlineData("Recurrent ovary cancer", "ovary cancer", "Ovarian cancer")]
    [InlineData("Locally advanced rectum cancer", "rectum cancer", "Rectal cancer")]
    [InlineData("Cancer of the esophagus or gastric cardia", "Cancer of the esophagus", "Esophageal cancer")]
    [InlineData("Carcinoma of the uterine cervix, stage IB", "Carcinoma of the uterine cervix", "Cervical cancer")]
    [InlineData("Kidney carcinoma with clear cell histology", "Kidney carcinoma", "Kidney cancer")]
    [InlineData("Primary liver carcinoma", "liver carcinoma", "Hepatocellular carcinoma")]
    public void Conditions_as_written_in_real_criteria(string text, string mention, string value) =>
        AssertFinds(text, mention, "condition", "PrimaryCancerCondition", value);

    [Theory]
    [InlineData("Lung adenocarcinoma")]                          // the longer name wins over the histology word
    [InlineData("adenocarcinoma of the prostate")]
    [InlineData("Squamous cell carcinoma of the head and neck")]
    public void A_histology_word_inside_a_named_cancer_is_not_its_own_mention(string text)
    {
        var extraction = Extractor.Extract(text);
        Assert.Equal(text, Assert.Single(extraction.Entities).Text);
        Assert.DoesNotContain(extraction.Mappings, m => m.Value is "Adenocarcinoma" or "Squamous cell carcinoma");
    }

    [Theory]
    [InlineData("ALL PATIENTS MUST SIGN CONSENT")]  // "ALL" alone is too often the English word in capitals
    [InlineData("performance status of 0 or 1")]    // no scale named
    [InlineData("ECOG 0-1 mg")]
    public void Ambiguous_text_is_not_read(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text).Entities, e => e.Type is "performance_status" || e.Text == "ALL");

    private static void AssertFinds(string text, string mention, string type, string element, string value)
    {
        var extraction = Extractor.Extract(text);
        var entity = Assert.Single(extraction.Entities, e => e.Type == type);
        Assert.Equal(mention, entity.Text);
        Assert.Equal(mention, text[entity.Start..entity.End]);
        Assert.Contains(extraction.Mappings, m => m.EntityId == entity.Id && m.Element == element && m.Value == value);
    }
}
