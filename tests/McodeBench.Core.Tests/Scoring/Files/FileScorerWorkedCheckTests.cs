using System.Globalization;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>The worked check of SCORING.md, reproduced from a gold file, a CT.gov trial file and a predictions file.</summary>
public sealed class FileScorerWorkedCheckTests : IDisposable
{
    // The table of SCORING.md: COR, INC, PAR, MIS, SPU, P, R, F1 for strict, exact, partial, type.
    private static readonly (EntityScheme Scheme, int Cor, int Inc, int Par, int Mis, int Spu, string P, string R, string F1)[] Table =
    [
        (EntityScheme.Strict, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Exact, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Partial, 2, 0, 1, 0, 1, "0.625", "0.833", "0.714"),
        (EntityScheme.Type, 3, 0, 0, 0, 1, "0.750", "1.000", "0.857"),
    ];

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<FileScoreReport> ScoreAsync(string predictionsJson)
    {
        var gold = folder.Write("worked.gold.json", ScoringFiles.WorkedGold());
        var trial = folder.Write("trials/NCT00000042.json", ScoringFiles.Trial(ScoringFiles.WorkedTrialId, WorkedCheck.Text));
        var predictions = folder.Write("worked.predictions.json", predictionsJson);
        return await FileScorer.ScoreAsync(new FileScoringRequest([gold], [predictions], [trial]), TestVocabulary.Options(), TestContext.Current.CancellationToken);
    }

    public static TheoryData<string> PredictionFiles => new(
        ScoringFiles.Predictions(ScoringFiles.Entry(ScoringFiles.WorkedTrialId, ScoringFiles.WorkedItems)),
        ScoringFiles.Predictions(ScoringFiles.RawEntry(
            ScoringFiles.WorkedTrialId, "Sure, here are the entities.\n\n```json\n{" + ScoringFiles.WorkedItems + "}\n```\n")));

    [Theory]
    [MemberData(nameof(PredictionFiles))]
    public async Task Items_and_a_fenced_raw_output_both_reproduce_the_table_of_SCORING_md(string predictionsJson)
    {
        var report = await ScoreAsync(predictionsJson);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var task = Assert.Single(report.Tasks);
        Assert.Equal((ScoringFiles.WorkedTrialId, 0, ScoredTaskStatus.Scored), (task.TrialId, task.Repeat, task.Status));
        Assert.Equal(1, task.Report.Unsupported);
        foreach (var (scheme, cor, inc, par, mis, spu, p, r, f1) in Table)
        {
            AssertRow(task.Report.Entities.Get(scheme), cor, inc, par, mis, spu, p, r, f1);
            AssertRow(report.Aggregate.AllAttempts.Entities.Get(scheme).Micro, cor, inc, par, mis, spu, p, r, f1);
            AssertRow(report.Aggregate.SuccessfulOnly.Entities.Get(scheme).Micro, cor, inc, par, mis, spu, p, r, f1);
        }

        Assert.Equal(0, report.Aggregate.AllAttempts.FailureRate);
        Assert.Equal("test-model", report.Model);
    }

    [Fact]
    public async Task Given_spans_score_as_the_anchored_ones_do()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(ScoringFiles.Entry(ScoringFiles.WorkedTrialId, """
            "entities": [
              { "text": "HER2 positive", "type": "biomarker", "section": "eligibility", "start": 11, "end": 24 },
              { "text": "trastuzumab", "type": "drug", "section": "eligibility", "start": 46, "end": 57 },
              { "text": "pertuzumab", "type": "medication" },
              { "text": "breast cancer", "type": "condition", "section": "eligibility", "start": 70, "end": 83 }
            ]
            """)));

        // "HER2 positive" is not the text at [11,24) ("HER2-positive"): scored as given, with a warning.
        var warning = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("\"HER2-positive\"", warning.Message, StringComparison.Ordinal);
        foreach (var (scheme, cor, inc, par, mis, spu, p, r, f1) in Table)
        {
            AssertRow(report.Aggregate.AllAttempts.Entities.Get(scheme).Micro, cor, inc, par, mis, spu, p, r, f1);
        }
    }

    private static void AssertRow(OutcomeCounts counts, int cor, int inc, int par, int mis, int spu, string p, string r, string f1)
    {
        Assert.Equal((cor, inc, par, mis, spu), (counts.Cor, counts.Inc, counts.Par, counts.Mis, counts.Spu));
        Assert.Equal((p, r, f1), (Format(counts.Precision), Format(counts.Recall), Format(counts.F1)));
    }

    private static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "undefined";
}
