using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

/// <summary>The 82 oncology documents of the Leaf Clinical Trials corpus in the shared reference data.</summary>
public sealed class BratReferenceCorpusTests
{
    private static async Task<(string Folder, BratImportResult Result)> ImportAsync()
    {
        var folder = RepositoryPaths.RequireReference("lct", "docs");
        return (folder, await BratImporter.ImportDirectoryAsync(folder, BratTypeMap.Lct, TestContext.Current.CancellationToken));
    }

    /// <summary>The T lines of every .ann file, split by hand: (document, id, brat type, text).</summary>
    private static List<(string Document, string Id, string Type, string Text)> RawTextBounds(string folder) =>
        Directory.EnumerateFiles(folder, "*.ann")
            .SelectMany(path => File.ReadLines(path)
                .Where(line => line.StartsWith('T'))
                .Select(line => line.Split('\t'))
                .Select(fields => (Path.GetFileNameWithoutExtension(path), fields[0], fields[1].Split(' ')[0], fields[2])))
            .ToList();

    [Fact]
    public async Task All_82_documents_import_without_problems()
    {
        var (folder, result) = await ImportAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(82, result.Documents.Count);
        Assert.Equal(Directory.EnumerateFiles(folder, "*.txt").Count(), result.Documents.Count);
        Assert.All(result.Trials, t => Assert.StartsWith("NCT", t.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_span_text_equals_the_slice_of_its_txt_file()
    {
        var (folder, result) = await ImportAsync();

        foreach (var document in result.Documents)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(folder, document.Trial.Id + ".txt"), TestContext.Current.CancellationToken);
            Assert.Empty(GoldValidator.Validate(document.Gold, document.Trial));
            Assert.All(document.Gold.Entities, e => Assert.Equal(e.Text, text[e.Span!.Start..e.Span.End]));
            Assert.All(document.Gold.Entities, e => Assert.Equal(SectionNames.Eligibility, e.Span!.Section));
        }
    }

    [Fact]
    public async Task Counts_per_mapped_type_match_the_raw_annotation_lines()
    {
        var (folder, result) = await ImportAsync();
        var raw = RawTextBounds(folder);

        // Straight from the raw lines: every Condition and Drug line is kept; the refined types follow the table's rules.
        var expected = raw
            .Select(t => BratTypeMap.Lct.Map(t.Type, t.Text))
            .OfType<string>()
            .GroupBy(type => type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(raw.Count(t => t.Type == "Condition"), expected["condition"]);
        Assert.Equal(raw.Count(t => t.Type == "Drug"), expected["medication"]);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.MappedByType.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(raw.Count, result.MappedByType.Values.Sum() + result.DroppedCount);
        Assert.Equal(result.MappedByType.Values.Sum(), result.Standards.Sum(s => s.Entities.Count));
        foreach (var (type, count) in expected)
        {
            Assert.Equal(count, result.Standards.Sum(s => s.Entities.Count(e => e.Type == type)));
        }

        // The numbers docs/gold-format.md gives (from the corpus README: 5,682 T lines, 671 Condition, 79 Drug).
        Assert.Equal(5682, raw.Count);
        Assert.Equal(
            new Dictionary<string, int> { ["biomarker"] = 14, ["condition"] = 671, ["medication"] = 79, ["performance_status"] = 28, ["radiotherapy"] = 42, ["surgery"] = 83 },
            result.MappedByType);
        Assert.Empty(result.Discontinuous);
    }

    [Fact]
    public async Task Conditions_negated_by_lct_negation_events_are_marked_negated()
    {
        var (folder, result) = await ImportAsync();

        // Counted from the raw lines: "E.. Negation:T.. Negates:E.." whose negated event's trigger is a Condition T line.
        var expected = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.ann"))
        {
            var lines = File.ReadLines(path).Select(l => l.Split('\t')).ToList();
            var types = lines.Where(f => f[0].StartsWith('T')).ToDictionary(f => f[0], f => f[1].Split(' ')[0]);
            var triggers = lines.Where(f => f[0].StartsWith('E')).ToDictionary(f => f[0], f => f[1].Split(' ')[0].Split(':')[1]);
            expected += lines
                .Where(f => f[0].StartsWith('E') && f[1].StartsWith("Negation:", StringComparison.Ordinal))
                .SelectMany(f => f[1].Split(' ').Skip(1).Where(a => a.StartsWith("Negates", StringComparison.Ordinal)).Select(a => a.Split(':')[1]))
                .Select(target => triggers.GetValueOrDefault(target, target))
                .Distinct(StringComparer.Ordinal)
                .Count(trigger => types.GetValueOrDefault(trigger) == "Condition");
        }

        Assert.True(expected > 0);
        Assert.Equal(expected, result.Standards.Sum(s => s.Entities.Count(e => e.Type == "condition" && e.Negated)));
    }

    [Fact]
    public async Task Criteria_come_from_the_inclusion_and_exclusion_headers()
    {
        var (_, result) = await ImportAsync();

        var entities = result.Standards.SelectMany(s => s.Entities).ToList();
        Assert.Contains(entities, e => e.Criterion == Annotations.Criterion.Inclusion);
        Assert.Contains(entities, e => e.Criterion == Annotations.Criterion.Exclusion);
        foreach (var document in result.Documents)
        {
            var text = document.Trial.Sections[0].Text;
            var exclusionHeader = text.IndexOf("Exclusion Criteria", StringComparison.OrdinalIgnoreCase);
            if (exclusionHeader < 0)
            {
                continue;
            }

            Assert.All(document.Gold.Entities.Where(e => e.Span!.Start > exclusionHeader), e => Assert.Equal(Annotations.Criterion.Exclusion, e.Criterion));
        }
    }
}
