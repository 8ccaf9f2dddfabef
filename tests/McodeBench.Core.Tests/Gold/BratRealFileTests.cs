using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;

namespace McodeBench.Core.Tests.Gold;

/// <summary>What real brat files hold: CRLF texts, duplicated annotations, discontinuous spans.</summary>
public sealed class BratRealFileTests : IDisposable
{
    // "Inclusion:\r\n" is 12 characters; "breast cancer" is [12,25) and its line's "\r" is at 25.
    private const string CrlfText = "Inclusion:\r\nbreast cancer\r\nExclusion:\r\nprior trastuzumab\r\n";

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_span_ending_on_the_carriage_return_of_a_crlf_text_is_read_and_ends_before_it()
    {
        // A CRLF .ann as Windows tools write it; T1's span takes the line's "\r", T2's does not.
        var annotations = "T1\tcondition 12 26\tbreast cancer\r\nT2\tmedication 45 56\ttrastuzumab\r\n";

        var read = BratImporter.ImportDocument("NCT1", CrlfText, annotations, BratTypeMap.Canonical);

        Assert.DoesNotContain(read.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var entities = read.Standards.Single().Entities;
        Assert.Equal(new TextSpan("eligibility", 12, 25), entities[0].Span);
        Assert.Equal("breast cancer", entities[0].Text);
        Assert.Equal("trastuzumab", CrlfText[entities[1].Span!.Start..entities[1].Span!.End]);
    }

    [Fact]
    public void A_text_field_over_a_crlf_line_end_matches_whatever_the_line_end_was_written_as()
    {
        // "cancer\r\nExclusion" over a line break: brat writes the break as spaces (one per character) or as one.
        foreach (var field in new[] { "cancer  Exclusion", "cancer Exclusion" })
        {
            var read = BratImporter.ImportDocument("NCT1", CrlfText, $"T1\tcondition 19 36\t{field}\n", BratTypeMap.Canonical);

            Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
            Assert.Equal(new TextSpan("eligibility", 19, 36), Assert.Single(read.Standards.Single().Entities).Span);
        }
    }

    [Fact]
    public void A_text_that_really_differs_is_still_an_error()
    {
        var read = BratImporter.ImportDocument("NCT1", CrlfText, "T1\tcondition 12 25\tbreast tumour\n", BratTypeMap.Canonical);

        var error = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Contains("expected \"breast tumour\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task Duplicated_gold_annotations_are_removed_with_one_warning_each()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder, BratWorkedCheckFiles.GoldAnnotations + "T9\tcondition 59 83\tmetastatic breast cancer\nT10\tCondition 59 83\tmetastatic breast cancer\n");

        var set = await GoldSetLoader.LoadAsync([gold], [], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, set.Entries.Single().Gold.Entities.Count);
        var warnings = set.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal(["T9", "T10"], warnings.Select(w => w.EntityId));
        Assert.All(warnings, w => Assert.Contains("repeats T3", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicates_with_another_type_or_span_are_kept()
    {
        var standard = new GoldStandard("NCT1", [
            new Entity("a", "condition", new TextSpan("eligibility", 0, 1), Id: "e1"),
            new Entity("a", "medication", new TextSpan("eligibility", 0, 1), Id: "e2"),
            new Entity("ab", "condition", new TextSpan("eligibility", 0, 2), Id: "e3"),
            new Entity("a", "disease", new TextSpan("eligibility", 0, 1), Id: "e4"),
        ], []);

        var (kept, diagnostics) = GoldDuplicates.Remove(standard, "g.json");

        Assert.Equal(["e1", "e2", "e3"], kept.Entities.Select(e => e.Id));
        Assert.Equal("e4", Assert.Single(diagnostics).EntityId);
    }

    [Fact]
    public void A_discontinuous_span_takes_its_full_extent_by_default_and_its_fragments_when_asked()
    {
        const string text = "breast and lung cancer";
        const string annotations = "T1\tcondition 0 6;16 22\tbreast cancer\nA1\tNegation T1\n";

        var extent = Assert.Single(BratImporter.ImportDocument("NCT1", text, annotations, BratTypeMap.Canonical).Standards.Single().Entities);
        var fragments = BratImporter.ImportDocument("NCT1", text, annotations, BratTypeMap.Canonical, options: new BratReadOptions(DiscontinuousSpanRule.Fragments)).Standards.Single().Entities;

        Assert.Equal((new TextSpan("eligibility", 0, 22), "breast and lung cancer"), (extent.Span, extent.Text));
        Assert.Equal(["breast", "cancer"], fragments.Select(e => e.Text));
        Assert.Equal([new TextSpan("eligibility", 0, 6), new TextSpan("eligibility", 16, 22)], fragments.Select(e => e.Span));
        Assert.Equal(["T1.1", "T1.2"], fragments.Select(e => e.Id));
        Assert.All(fragments, e => Assert.True(e.Negated));
    }

    [Fact]
    public void Gold_past_the_end_of_the_text_is_an_error_and_skipped()
    {
        var read = BratImporter.ImportDocument("NCT1", "short", "T1\tcondition 0 9\tshort one\n", BratTypeMap.Canonical);

        Assert.Empty(read.Standards.Single().Entities);
        Assert.Contains("ends after the text (5 characters)", Assert.Single(read.Diagnostics, d => d.IsError).Message, StringComparison.Ordinal);
    }
}
