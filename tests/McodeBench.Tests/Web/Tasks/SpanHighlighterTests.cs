using Bunit;
using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;
using McodeBench.Web.Pages.Tasks;

namespace McodeBench.Tests.Web.Tasks;

/// <summary>
/// Gold: "HER2-positive" (biomarker) and "trastuzumab" (medication) in "HER2-positive breast cancer treated with
/// trastuzumab." Predicted: "HER2-positive" as a medication (same span, wrong type), "breast cancer" (no gold there),
/// "aspirin" (nowhere in the text), and nothing for trastuzumab.
/// </summary>
public sealed class SpanHighlighterTests
{
    private static readonly ScoringOptions Scoring = new(McodeVocabularyLoader.Default);
    private static readonly TrialSection[] Sections = [new(SectionNames.Eligibility, "HER2-positive breast cancer treated with trastuzumab.")];
    private static readonly TrialText Text = TrialTextAssembler.Assemble(new Trial("NCT-SPANS", "t", Sections, [], [], []));
    private static readonly GoldStandard Gold = new(
        "NCT-SPANS",
        [new Entity("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 0, 13)), new Entity("trastuzumab", "medication", new TextSpan(SectionNames.Eligibility, 41, 52))],
        []);

    private static readonly ScoreReport Report = Scorer.Score(
        Sections,
        Gold,
        new Prediction([new Entity("HER2-positive", "medication"), new Entity("breast cancer", "condition"), new Entity("aspirin", "medication")], []),
        Scoring);

    [Fact]
    public void Spans_carry_the_class_of_their_outcome_under_the_type_scheme()
    {
        var (segments, _) = SpanHighlighter.Highlight(Text, Report.EntityAlignment, EntityScheme.Type);

        Assert.Equal("mcb-span mcb-span-inc", Marked(segments, "HER2-positive").CssClass);
        Assert.Equal("mcb-span mcb-span-spu", Marked(segments, "breast cancer").CssClass);
        Assert.Equal("mcb-span mcb-span-mis", Marked(segments, "trastuzumab").CssClass);
        Assert.Equal(Text.Text, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void The_same_pair_is_correct_under_the_exact_scheme()
    {
        var (segments, _) = SpanHighlighter.Highlight(Text, Report.EntityAlignment, EntityScheme.Exact);

        Assert.Equal("mcb-span mcb-span-cor", Marked(segments, "HER2-positive").CssClass);
    }

    [Fact]
    public void Overlapping_boundaries_are_partial_under_the_partial_scheme()
    {
        var report = Scorer.Score(Sections, Gold, new Prediction([new Entity("HER2", "biomarker")], []), Scoring);

        var (segments, _) = SpanHighlighter.Highlight(Text, report.EntityAlignment, EntityScheme.Partial);

        Assert.Contains("mcb-span-par", Marked(segments, "HER2").CssClass, StringComparison.Ordinal);
        Assert.Contains("mcb-span-par", Marked(segments, "-positive").CssClass, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prediction_not_in_the_text_is_listed_apart_as_spurious()
    {
        var (_, unplaced) = SpanHighlighter.Highlight(Text, Report.EntityAlignment, EntityScheme.Type);

        var aspirin = Assert.Single(unplaced);
        Assert.Equal(OutcomeClass.Spu, aspirin.Outcome);
        Assert.Equal("aspirin", aspirin.Text);
    }

    [Fact]
    public void Rendered_text_marks_each_span_with_its_outcome_class_and_names_it_for_screen_readers()
    {
        using var context = new BunitContext();

        var rendered = context.Render<HighlightedTrialText>(p => p
            .Add(c => c.Text, Text)
            .Add(c => c.Alignment, Report.EntityAlignment)
            .Add(c => c.Scheme, EntityScheme.Type));

        var marks = rendered.FindAll(".mcb-trial-text mark");
        Assert.Equal(3, marks.Count);
        var missed = Assert.Single(marks, m => m.ClassList.Contains("mcb-span-mis"));
        Assert.StartsWith("trastuzumab", missed.TextContent, StringComparison.Ordinal);
        Assert.Contains("MIS", missed.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("MIS", missed.QuerySelector(".mcb-visually-hidden")!.TextContent, StringComparison.Ordinal);
    }

    private static TextSegment Marked(IReadOnlyList<TextSegment> segments, string text) =>
        Assert.Single(segments, s => s.IsMarked && s.Text == text);
}
