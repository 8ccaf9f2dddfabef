using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>
/// End to end, as the rules baseline is scored: predictions carry text only, the scorer anchors them in the trial, and
/// each must come out strict COR against gold spans taken from the sample trials (a unit such as "%" ending a mention,
/// TNM categories written together).
/// </summary>
public sealed class SpanlessAnchoringEndToEndTests
{
    // The eligibility criteria of samples/trials NCT99000002, NCT99000003 and NCT99000006, verbatim.
    private const string Staging =
        "Inclusion Criteria:\n"
        + "\n"
        + "* Newly diagnosed, previously untreated invasive triple-negative breast cancer\n"
        + "* ER-negative and PR-negative (< 1% staining by immunohistochemistry) and HER2-negative by ASCO/CAP guidelines\n"
        + "* Clinical stage cT2N1M0 or cT3N0M0 per AJCC 8th edition; T1cN1-2 tumors are also eligible\n"
        + "* Candidate for breast surgery (lumpectomy or mastectomy) after neoadjuvant therapy\n"
        + "* ECOG 0-1\n"
        + "* Adequate organ function\n"
        + "\n"
        + "Exclusion Criteria:\n"
        + "\n"
        + "* Stage IV (metastatic) breast cancer\n"
        + "* Prior treatment with an anti-PD-1, anti-PD-L1 or anti-CTLA-4 antibody\n"
        + "* Prior chemotherapy, endocrine therapy or radiation therapy for the current breast cancer\n"
        + "* Active autoimmune disease requiring systemic treatment in the past 2 years\n"
        + "* History of non-infectious pneumonitis that required steroids\n"
        + "* Known additional malignancy that is progressing or has required active treatment within the past 3 years";

    private const string HormoneReceptors =
        "Inclusion Criteria:\n"
        + "\n"
        + "* Postmenopausal women aged 18 years or older\n"
        + "* Histologically or cytologically proven breast cancer with evidence of stage IV disease, or locally recurrent disease not amenable to resection or radiation therapy with curative intent\n"
        + "* Estrogen receptor positive (ER \u2265 1%) and/or progesterone receptor positive tumor\n"
        + "* HER2-negative or HER2-low (IHC 0, 1+, or 2+ with negative ISH)\n"
        + "* Prior adjuvant tamoxifen is allowed if completed at least 12 months before enrollment\n"
        + "* Karnofsky performance status of at least 70%\n"
        + "\n"
        + "Exclusion Criteria:\n"
        + "\n"
        + "* Prior treatment with any CDK4/6 inhibitor\n"
        + "* Prior systemic therapy for advanced disease, except for up to one line of endocrine therapy\n"
        + "* Known active uncontrolled or symptomatic CNS metastases, carcinomatous meningitis, or leptomeningeal disease\n"
        + "* Visceral crisis or rapidly progressing visceral disease\n"
        + "* Inability to swallow tablets";

    private const string PdL1 =
        "Inclusion Criteria:\n"
        + "\n"
        + "* Histologically or cytologically confirmed stage IV non-small cell lung cancer\n"
        + "* PD-L1 tumor proportion score (TPS) \u2265 50% by the 22C3 pharmDx assay\n"
        + "* No EGFR sensitizing mutation and no ALK translocation\n"
        + "* At least one lesion amenable to SBRT\n"
        + "* ECOG performance status of 0 or 1\n"
        + "\n"
        + "Exclusion Criteria:\n"
        + "\n"
        + "* Previous systemic therapy for metastatic disease\n"
        + "* Prior treatment with an immune checkpoint inhibitor\n"
        + "* Prior thoracic radiotherapy of more than 30 Gy within 6 months\n"
        + "* Untreated brain metastases\n"
        + "* Active autoimmune disease or chronic corticosteroid therapy above 10 mg prednisone daily";

    public static TheoryData<string, string, int, int, string> Mentions { get; } = new()
    {
        { Staging, "cT2", 228, 231, "tnm" },
        { Staging, "N1", 231, 233, "tnm" },
        { Staging, "M0", 233, 235, "tnm" },
        { Staging, "T1c", 269, 272, "tnm" },
        { Staging, "N1-2", 272, 276, "tnm" },
        { HormoneReceptors, "ER \u2265 1%", 284, 291, "biomarker" },
        { HormoneReceptors, "Karnofsky performance status of at least 70%", 492, 536, "performance_status" },
        { PdL1, "PD-L1 tumor proportion score (TPS) \u2265 50%", 103, 143, "biomarker" },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void A_spanless_prediction_of_a_gold_mention_is_strict_correct(string eligibility, string text, int start, int end, string type)
    {
        Assert.Equal(text, eligibility[start..end]);
        var gold = new GoldStandard("NCT-E2E", [new Entity(text, type, new TextSpan(SectionNames.Eligibility, start, end))], []);
        var prediction = new Prediction([new Entity(text, type)], []);

        var report = Scorer.Score(Trial(eligibility), gold, prediction, TestVocabulary.Options());

        Assert.Equal((1, 0, 0, 0), (report.Entities.Strict.Cor, report.Entities.Strict.Inc, report.Entities.Strict.Mis, report.Entities.Strict.Spu));
        Assert.Equal(new TextSpan(SectionNames.Eligibility, start, end), Assert.Single(report.EntityAlignment).PredictionSpan);
    }

    [Fact]
    public void A_whole_spanless_prediction_list_scores_every_gold_mention_strict_correct()
    {
        // Predictions as a model lists them, in any order: "M0" twice, once for cT2N1M0 and once for cT3N0M0.
        var gold = new GoldStandard(
            "NCT99000002",
            [
                new Entity("cT2", "tnm", new TextSpan(SectionNames.Eligibility, 228, 231)),
                new Entity("N1", "tnm", new TextSpan(SectionNames.Eligibility, 231, 233)),
                new Entity("M0", "tnm", new TextSpan(SectionNames.Eligibility, 233, 235)),
                new Entity("cT3", "tnm", new TextSpan(SectionNames.Eligibility, 239, 242)),
                new Entity("N0", "tnm", new TextSpan(SectionNames.Eligibility, 242, 244)),
                new Entity("M0", "tnm", new TextSpan(SectionNames.Eligibility, 244, 246)),
                new Entity("T1c", "tnm", new TextSpan(SectionNames.Eligibility, 269, 272)),
            ],
            []);
        string[] texts = ["M0", "N0", "cT3", "T1c", "M0", "N1", "cT2"];
        var prediction = new Prediction(texts.Select(text => new Entity(text, "tnm")).ToList(), []);

        var report = Scorer.Score(Trial(Staging), gold, prediction, TestVocabulary.Options());

        Assert.Equal((7, 0, 0, 0, 0), (report.Entities.Strict.Cor, report.Entities.Strict.Inc, report.Entities.Strict.Mis, report.Entities.Strict.Spu, report.Unsupported));
    }

    [Theory]
    [InlineData("ER \u2265 1", 284, 290)] // the value without its unit is another value: an overlap, not exact
    [InlineData("ER", 284, 286)]
    public void A_prediction_that_leaves_out_the_unit_is_not_exact(string text, int start, int end)
    {
        var gold = new GoldStandard("NCT99000003", [new Entity("ER \u2265 1%", "biomarker", new TextSpan(SectionNames.Eligibility, 284, 291))], []);

        var report = Scorer.Score(Trial(HormoneReceptors), gold, new Prediction([new Entity(text, "biomarker")], []), TestVocabulary.Options());

        Assert.Equal((0, 1), (report.Entities.Strict.Cor, report.Entities.Strict.Inc));
        Assert.Equal(1, report.Entities.Type.Cor);
        Assert.Equal(new TextSpan(SectionNames.Eligibility, start, end), Assert.Single(report.EntityAlignment).PredictionSpan);
    }

    private static Trial Trial(string eligibility) =>
        new("NCT-E2E", "End-to-end anchoring", [new TrialSection(SectionNames.Eligibility, eligibility)], [], [], []);
}
