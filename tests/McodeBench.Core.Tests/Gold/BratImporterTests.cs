using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

public sealed class BratImporterTests
{
    private const string Text = "Inclusion Criteria:\n- ECOG 0-1\n- breast cancer\nExclusion Criteria:\n- no prior surgery\n- tamoxifen or letrozole";

    private static int At(string needle) => Text.IndexOf(needle, StringComparison.Ordinal);

    private static string T(string id, string type, string needle) =>
        $"{id}\t{type} {At(needle)} {At(needle) + needle.Length}\t{needle}";

    [Fact]
    public void Text_bound_lines_become_entities_in_one_eligibility_section_with_criterion_from_the_splitter()
    {
        var ann = string.Join('\n', T("T1", "Observation", "ECOG"), T("T2", "Condition", "breast cancer"), T("T3", "Drug", "tamoxifen"));

        var result = BratImporter.ImportDocument("NCT1", Text, ann);

        Assert.Empty(result.Diagnostics);
        var document = Assert.Single(result.Documents);
        Assert.Equal([new TrialSection(SectionNames.Eligibility, Text)], document.Trial.Sections);
        Assert.Equal("NCT1", document.Gold.TrialId);
        Assert.Equal(
            [
                new Entity("ECOG", "performance_status", new TextSpan(SectionNames.Eligibility, At("ECOG"), At("ECOG") + 4), Criterion.Inclusion, false, "T1"),
                new Entity("breast cancer", "condition", new TextSpan(SectionNames.Eligibility, At("breast cancer"), At("breast cancer") + 13), Criterion.Inclusion, false, "T2"),
                new Entity("tamoxifen", "medication", new TextSpan(SectionNames.Eligibility, At("tamoxifen"), At("tamoxifen") + 9), Criterion.Exclusion, false, "T3"),
            ],
            document.Gold.Entities);
        Assert.Empty(GoldValidator.Validate(document.Gold, document.Trial));
    }

    [Fact]
    public void Unmapped_types_are_dropped_and_counted_and_name_annotations_do_not_duplicate_triggers()
    {
        var ann = string.Join('\n', T("T1", "Observation", "ECOG"), T("T2", "Observation-Name", "ECOG"), T("T3", "Eq-Comparison", "0-1"), T("T4", "Procedure", "surgery"), T("T5", "Observation", "breast"));

        var result = BratImporter.ImportDocument("NCT1", Text, ann);

        Assert.Equal(["performance_status", "surgery"], result.Documents[0].Gold.Entities.Select(e => e.Type));
        Assert.Equal(new Dictionary<string, int> { ["performance_status"] = 1, ["surgery"] = 1 }, result.MappedByType);
        Assert.Equal(new Dictionary<string, int> { ["Eq-Comparison"] = 1, ["Observation"] = 1, ["Observation-Name"] = 1 }, result.DroppedByBratType);
        Assert.Equal(3, result.DroppedCount);
    }

    [Fact]
    public void A_discontinuous_span_takes_its_full_extent_and_is_recorded()
    {
        var start = At("tamoxifen");
        var second = At("letrozole");
        var ann = $"T1\tDrug {start} {start + 9};{second} {second + 9}\ttamoxifen letrozole";

        var result = BratImporter.ImportDocument("NCT1", Text, ann);

        var entity = Assert.Single(result.Documents[0].Gold.Entities);
        Assert.Equal("tamoxifen or letrozole", entity.Text);
        Assert.Equal(new TextSpan(SectionNames.Eligibility, start, second + 9), entity.Span);
        var recorded = Assert.Single(result.Discontinuous);
        Assert.Equal("T1", recorded.AnnotationId);
        Assert.Equal([new TextSpan(SectionNames.Eligibility, start, start + 9), new TextSpan(SectionNames.Eligibility, second, second + 9)], recorded.Fragments);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Negation_comes_from_attributes_and_from_lct_negation_events_other_lines_are_ignored()
    {
        var ann = string.Join(
            '\n',
            T("T1", "Procedure", "surgery"),
            T("T2", "Negation", "no"),
            "E1\tProcedure:T1",
            "E2\tNegation:T2 Negates:E1",
            T("T3", "Drug", "tamoxifen"),
            "A1\tNegation T3",
            T("T4", "Drug", "letrozole"),
            "E3\tDrug:T4",
            "A2\tAssertion-Type-Value E3 hypothetical",
            T("T5", "Condition", "breast cancer"),
            "A3\tAssertion T5 absent",
            "R1\tOr Arg1:T3 Arg2:T4",
            "N1\tReference T3 RxNorm:10324\ttamoxifen",
            "#1\tAnnotatorNotes T3\tchecked",
            "*\tEquiv T3 T4");

        var result = BratImporter.ImportDocument("NCT1", Text, ann);

        Assert.Empty(result.Diagnostics);
        var negated = result.Documents[0].Gold.Entities.ToDictionary(e => e.Id!, e => e.Negated);
        Assert.Equal(new Dictionary<string, bool> { ["T1"] = true, ["T3"] = true, ["T4"] = false, ["T5"] = true }, negated);
    }

    [Fact]
    public void An_annotation_whose_text_differs_from_the_document_is_an_error_naming_the_line()
    {
        var ann = T("T1", "Drug", "tamoxifen") + "\n" + $"T2\tDrug {At("tamoxifen")} {At("tamoxifen") + 9}\tletrozole\nT3\tDrug 5 9999\tx\nbroken line";

        var result = BratImporter.ImportDocument("NCT1", Text, ann, sourceName: "NCT1.ann");

        Assert.Equal(["T1"], result.Documents[0].Gold.Entities.Select(e => e.Id));
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.Equal([2, 3, 4], problems.Select(p => p.Line));
        Assert.Contains("expected \"letrozole\", found \"tamoxifen\"", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("T2", problems[0].EntityId);
        Assert.Contains("NCT1.ann(line 2", problems[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("ends after the text", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_count_code_points_like_brat_does()
    {
        const string text = "Inclusion: 🎗️ breast cancer";
        Assert.True(char.IsSurrogatePair(text, 11));
        var codePointStart = text.IndexOf("breast", StringComparison.Ordinal) - 1;

        var result = BratImporter.ImportDocument("NCT1", text, $"T1\tCondition {codePointStart} {codePointStart + 13}\tbreast cancer");

        var entity = Assert.Single(result.Documents[0].Gold.Entities);
        Assert.Equal(new TextSpan(SectionNames.Eligibility, text.IndexOf("breast", StringComparison.Ordinal), text.Length), entity.Span);
    }

    [Fact]
    public async Task A_folder_imports_every_pair_and_reports_an_ann_without_its_text()
    {
        var folder = Directory.CreateTempSubdirectory("mcodebench-brat-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "NCT1.txt"), Text, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "NCT1.ann"), T("T1", "Drug", "tamoxifen"), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "NCT2.ann"), "T1\tDrug 0 4\tsome", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "NCT3.txt"), "No annotations here", TestContext.Current.CancellationToken);

            var result = await BratImporter.ImportDirectoryAsync(folder, cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(["NCT1", "NCT3"], result.Trials.Select(t => t.Id));
            Assert.Equal(1, result.MappedByType["medication"]);
            Assert.Contains(result.Errors, d => d.File.EndsWith("NCT2.ann", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.TrialId == "NCT3");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
