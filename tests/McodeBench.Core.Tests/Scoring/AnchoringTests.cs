using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>Span-less predictions are anchored at every whole-word occurrence of their normalised text, in any section.</summary>
public sealed class AnchoringTests
{
    private static readonly IReadOnlyList<TrialSection> Sections =
    [
        new("brief_title", "HER2-Positive Breast Cancer"),
        new("eligibility", "Inclusion: ER-positive or HER2\u2013positive breast cancer. Exclusion: prior breast cancer surgery."),
    ];

    [Fact]
    public void Every_occurrence_in_every_section_is_a_candidate()
    {
        var spans = new TextAnchorer(Sections).FindAll("breast cancer");

        Assert.Equal(
            [new TextSpan("brief_title", 14, 27), new TextSpan("eligibility", 40, 53), new TextSpan("eligibility", 72, 85)],
            spans);
    }

    [Fact]
    public void Anchoring_matches_whole_words_only()
    {
        var anchorer = new TextAnchorer(Sections);

        var er = Assert.Single(anchorer.FindAll("ER"));
        Assert.Equal(new TextSpan("eligibility", 11, 13), er);
        Assert.Empty(anchorer.FindAll("reast"));
        Assert.Empty(anchorer.FindAll("HER"));
    }

    [Fact]
    public void Dash_variants_and_case_do_not_prevent_anchoring_and_spans_point_at_the_original_text()
    {
        var anchorer = new TextAnchorer(Sections);

        var spans = anchorer.FindAll("her2 positive");

        Assert.Equal(2, spans.Count);
        Assert.Equal("HER2-Positive", Sections[0].Text[spans[0].Start..spans[0].End]);
        Assert.Equal("HER2\u2013positive", Sections[1].Text[spans[1].Start..spans[1].End]);
    }

    [Fact]
    public void Anchoring_survives_NFKC_changing_lengths()
    {
        // "ﬁ" (one character) becomes "fi" (two); "é" as e + combining accent (two) becomes one.
        IReadOnlyList<TrialSection> sections = [new("eligibility", "No signi\uFB01cant cafe\u0301 use; Ｔｒａｓｔｕｚｕｍａｂ given.")];
        var anchorer = new TextAnchorer(sections);

        var significant = Assert.Single(anchorer.FindAll("significant"));
        var cafe = Assert.Single(anchorer.FindAll("caf\u00E9"));
        var drug = Assert.Single(anchorer.FindAll("trastuzumab"));

        Assert.Equal("signi\uFB01cant", sections[0].Text[significant.Start..significant.End]);
        Assert.Equal("cafe\u0301", sections[0].Text[cafe.Start..cafe.End]);
        Assert.Equal("Ｔｒａｓｔｕｚｕｍａｂ", sections[0].Text[drug.Start..drug.End]);
    }

    [Fact]
    public void Punctuation_the_prediction_wrote_around_its_text_is_included_where_the_trial_has_it_too()
    {
        const string text = "* PD-L1 tumor proportion score (TPS) \u2265 50% by the 22C3 assay (ER \u2265 1%).";
        IReadOnlyList<TrialSection> sections = [new("eligibility", text)];
        var anchorer = new TextAnchorer(sections);

        var tps = anchorer.FindAll("tumor proportion score (TPS)");
        var er = anchorer.FindAll("\uFF08ER \u2265 1%\uFF09.");

        // As written first (the closing parenthesis), then the normalised core, which drops it.
        Assert.Equal(["tumor proportion score (TPS)", "tumor proportion score (TPS"], tps.Select(span => text[span.Start..span.End]));
        // Full-width parentheses normalise to the trial's; every reading between as-written and the core is offered.
        Assert.Equal(
            ["(ER \u2265 1%).", "(ER \u2265 1%)", "ER \u2265 1%).", "(ER \u2265 1%", "ER \u2265 1%)", "ER \u2265 1%"],
            er.Select(span => text[span.Start..span.End]));
    }

    [Theory]
    [InlineData("ER", "ER")] // nothing trimmed: nothing to widen over
    [InlineData("\"ER\"", "ER")] // the trial has parentheses, not quotes
    [InlineData("ER)]", "ER)")] // up to the first character the trial does not have
    [InlineData("ER )", "ER")] // the trial has no space before ")"
    public void A_span_never_widens_beyond_what_the_prediction_wrote_or_the_trial_has(string prediction, string widest)
    {
        const string text = "Hormone receptor status (ER) and PR";
        var spans = new TextAnchorer([new TrialSection("eligibility", text)]).FindAll(prediction);

        Assert.Equal(widest, text[spans[0].Start..spans[0].End]);
        Assert.Equal("ER", text[spans[^1].Start..spans[^1].End]);
    }

    [Fact]
    public void A_span_never_begins_or_ends_on_white_space()
    {
        const string text = "status ( ER ) and PR";
        var spans = new TextAnchorer([new TrialSection("eligibility", text)]).FindAll("( ER ) ");

        Assert.Equal(["( ER )", "( ER", "ER )", "ER"], spans.Select(span => text[span.Start..span.End]));
    }

    [Fact]
    public void A_widened_span_scores_against_gold_that_includes_the_punctuation_and_the_core_against_gold_that_does_not()
    {
        const string text = "* PD-L1 tumor proportion score (TPS) \u2265 50% by the 22C3 assay (ER \u2265 1%).";
        IReadOnlyList<TrialSection> sections = [new("eligibility", text)];
        var gold = new GoldStandard(
            "NCT1",
            [
                new Entity("tumor proportion score (TPS)", "biomarker", new TextSpan("eligibility", 8, 36)),
                new Entity("ER \u2265 1%", "biomarker", new TextSpan("eligibility", 62, 69)),
            ],
            []);
        var prediction = new Prediction([new Entity("Tumor Proportion Score (TPS)", "biomarker"), new Entity("(ER \u2265 1%)", "biomarker")], []);

        var report = Scorer.Score(sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal((2, 0, 0, 0), (report.Entities.Strict.Cor, report.Entities.Strict.Inc, report.Entities.Strict.Mis, report.Entities.Strict.Spu));
        Assert.Equal(
            [new TextSpan("eligibility", 8, 36), new TextSpan("eligibility", 62, 69)],
            report.EntityAlignment.Select(row => row.PredictionSpan));
    }

    [Fact]
    public void A_prediction_found_nowhere_is_unsupported_and_counted_as_spurious()
    {
        var gold = new GoldStandard("NCT1", [new Entity("ER-positive", "biomarker", new TextSpan("eligibility", 11, 22))], []);
        var prediction = new Prediction([new Entity("PR-positive", "biomarker"), new Entity("ER positive", "biomarker")], []);

        var report = Scorer.Score(Sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal(1, report.Unsupported);
        Assert.Equal((1, 1, 0), (report.Entities.Strict.Cor, report.Entities.Strict.Spu, report.Entities.Strict.Mis));
        var unsupported = Assert.Single(report.EntityAlignment, row => row.Unsupported);
        Assert.Equal("PR-positive", unsupported.Prediction!.Text);
        Assert.All(new[] { unsupported.Outcomes.Strict, unsupported.Outcomes.Exact, unsupported.Outcomes.Partial, unsupported.Outcomes.Type }, o => Assert.Equal(OutcomeClass.Spu, o));
    }

    [Fact]
    public void A_candidate_elsewhere_in_the_trial_is_chosen_when_it_fits_the_gold_better()
    {
        // The prediction's text occurs in the title and in the eligibility criteria; the gold entity is the second.
        var gold = new GoldStandard("NCT1", [new Entity("breast cancer", "condition", new TextSpan("eligibility", 72, 85))], []);
        var prediction = new Prediction([new Entity("Breast Cancer", "condition")], []);

        var report = Scorer.Score(Sections, gold, prediction, TestVocabulary.Options());

        var row = Assert.Single(report.EntityAlignment);
        Assert.Equal(new TextSpan("eligibility", 72, 85), row.PredictionSpan);
        Assert.Equal(1, report.Entities.Strict.Cor);
    }

    [Fact]
    public void A_prediction_with_a_valid_span_is_used_as_given()
    {
        var gold = new GoldStandard("NCT1", [new Entity("breast cancer", "condition", new TextSpan("eligibility", 72, 85))], []);
        var prediction = new Prediction([new Entity("breast cancer", "condition", new TextSpan("eligibility", 40, 53))], []);

        var report = Scorer.Score(Sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal((0, 1, 1), (report.Entities.Type.Cor, report.Entities.Type.Mis, report.Entities.Type.Spu));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_prediction_with_an_invalid_span_gets_a_diagnostic_and_is_anchored_by_its_text()
    {
        var gold = new GoldStandard("NCT1", [new Entity("breast cancer", "condition", new TextSpan("eligibility", 72, 85))], []);
        var prediction = new Prediction([new Entity("breast cancer", "condition", new TextSpan("eligibility", 90, 400))], []);

        var report = Scorer.Score(Sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal(1, report.Entities.Strict.Cor);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("prediction.entities[0].span", diagnostic.JsonPath);
        Assert.Contains("[90,400)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_trial_text_predictions_are_compared_by_normalised_text_and_a_diagnostic_says_so()
    {
        var gold = new GoldStandard("NCT1", [new Entity("HER2-positive", "biomarker")], []);
        var prediction = new Prediction([new Entity("her2 positive", "biomarker"), new Entity("pertuzumab", "drug")], []);

        var report = Scorer.Score([], gold, prediction, TestVocabulary.Options());

        Assert.Equal((1, 1, 0), (report.Entities.Strict.Cor, report.Entities.Strict.Spu, report.Unsupported));
        Assert.Equal("trial.sections", Assert.Single(report.Diagnostics).JsonPath);
    }
}
