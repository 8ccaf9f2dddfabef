using System.Globalization;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Gold;

/// <summary>brat gold written in McodeBench's own types is read (the map is detected), and gives SCORING.md's table.</summary>
public sealed class BratCanonicalGoldScoringTests : IDisposable
{
    private static readonly (EntityScheme Scheme, int Cor, int Inc, int Par, int Mis, int Spu, string P, string R, string F1)[] Table =
    [
        (EntityScheme.Strict, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Exact, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Partial, 2, 0, 1, 0, 1, "0.625", "0.833", "0.714"),
        (EntityScheme.Type, 3, 0, 0, 0, 1, "0.750", "1.000", "0.857"),
    ];

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Task<FileScoreReport> ScoreAsync(FileScoringRequest request) =>
        FileScorer.ScoreAsync(request, TestVocabulary.Options(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Predictions_on_their_own_text_reproduce_the_table_and_the_detected_map_is_reported()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder);
        var predictions = BratWorkedCheckFiles.WritePredictions(folder);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]));

        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        Assert.Equal(new TypeMapChoice("canonical", Detected: true), report.GoldTypeMap);
        Assert.Equal(new TypeMapChoice("identity", Detected: true), report.PredictionTypeMap);
        var task = Assert.Single(report.Tasks);
        Assert.Equal(1, task.Report.Unsupported);
        AssertTable(report);
    }

    [Fact]
    public async Task A_prediction_past_the_end_of_the_text_is_anchored_by_its_text_and_counts_unsupported()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder);
        var predictions = BratWorkedCheckFiles.WritePredictions(folder, BratWorkedCheckFiles.Text, BratWorkedCheckFiles.PastEndAnnotations);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]));

        var warning = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("ends after the text (84 characters)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("T3", warning.EntityId);
        Assert.Equal(1, Assert.Single(report.Tasks).Report.Unsupported);
        AssertTable(report);
    }

    [Fact]
    public async Task The_lct_map_on_canonical_gold_drops_everything_and_that_is_an_error_naming_the_fix()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder);
        var predictions = BratWorkedCheckFiles.WritePredictions(folder);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]) { GoldBratTypes = BratTypeMap.Lct });

        var perType = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("gold:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, perType.Count);
        Assert.Contains(perType, d => d.Message.Contains("1 \"biomarker\" annotation(s) dropped", StringComparison.Ordinal));
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(gold, error.File);
        Assert.Contains("every annotation (3) was dropped by type map lct", error.Message, StringComparison.Ordinal);
        Assert.Contains("--type-map canonical", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_type_beside_canonical_ones_is_counted_per_type_and_the_rest_is_scored()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder, BratWorkedCheckFiles.GoldAnnotations + "T4\tScope 0 9\tInclusion\nT5\tScope 59 69\tmetastatic\n");
        var predictions = BratWorkedCheckFiles.WritePredictions(folder);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]));

        var warning = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("gold:", StringComparison.Ordinal));
        Assert.Contains("2 \"Scope\" annotation(s) dropped", warning.Message, StringComparison.Ordinal);
        AssertTable(report);
    }

    [Fact]
    public async Task A_map_file_applies_to_gold_and_brat_predictions_alike()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder, BratWorkedCheckFiles.GoldAnnotations.Replace("biomarker", "Marker", StringComparison.Ordinal).Replace("condition", "Disease", StringComparison.Ordinal));
        var predictions = BratWorkedCheckFiles.WritePredictions(folder, annotations: BratWorkedCheckFiles.PredictionAnnotations.Replace("biomarker", "Marker", StringComparison.Ordinal).Replace("condition", "Disease", StringComparison.Ordinal));
        var (map, problems) = BratTypeMapFile.Read("""{ "Marker": "biomarker", "Disease": "condition", "drug": "medication", "medication": "medication" }""", "map.json");
        Assert.Empty(problems);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]) { GoldBratTypes = map, PredictionBratTypes = map });

        Assert.Equal(new TypeMapChoice("map.json", Detected: false), report.GoldTypeMap);
        AssertTable(report);
    }

    [Fact]
    public async Task Types_restricts_both_sides_to_the_named_canonical_types()
    {
        var gold = BratWorkedCheckFiles.WriteGold(folder);
        var predictions = BratWorkedCheckFiles.WritePredictions(folder);

        var report = await ScoreAsync(new FileScoringRequest([gold], [predictions]) { Types = ["condition", "drug"] });

        // Left: G2 trastuzumab, G3; P2 (drug → medication), P3 pertuzumab (unsupported), P4 inside G3.
        var strict = report.Aggregate.AllAttempts.Entities.Get(EntityScheme.Strict).Micro;
        Assert.Equal((1, 1, 0, 0, 1), (strict.Cor, strict.Inc, strict.Par, strict.Mis, strict.Spu));
        var type = report.Aggregate.AllAttempts.Entities.Get(EntityScheme.Type).Micro;
        Assert.Equal((2, 0, 0, 0, 1), (type.Cor, type.Inc, type.Par, type.Mis, type.Spu));
        Assert.Equal(["condition", "medication"], report.Types);
    }

    private static void AssertTable(FileScoreReport report)
    {
        foreach (var (scheme, cor, inc, par, mis, spu, p, r, f1) in Table)
        {
            var counts = report.Aggregate.AllAttempts.Entities.Get(scheme).Micro;
            Assert.Equal((cor, inc, par, mis, spu), (counts.Cor, counts.Inc, counts.Par, counts.Mis, counts.Spu));
            Assert.Equal((p, r, f1), (Format(counts.Precision), Format(counts.Recall), Format(counts.F1)));
        }
    }

    private static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "undefined";
}
