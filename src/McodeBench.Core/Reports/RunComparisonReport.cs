using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.RunComparisons;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports;

/// <summary>
/// Run B against run A as the CLI's <c>compare --json-summary</c> and <c>GET /api/compare</c> write it (docs/statistics.md,
/// "Run against run"): a flat row per combination present in both, the regressions and improvements (Holm-adjusted p
/// below <see cref="Alpha"/>), the combinations only one run has, and a note when the runs were scored against
/// different gold.
/// </summary>
public sealed record RunComparisonReport(
    string RunA,
    string RunB,
    RankingMetric Metric,
    double Alpha,
    IReadOnlyList<RunComparisonReportRow> Rows,
    IReadOnlyList<CombinationKey> OnlyInA,
    IReadOnlyList<CombinationKey> OnlyInB,
    string? GoldNote)
{
    public IReadOnlyList<CombinationKey> Regressions => KeysOf(RunChange.Regression);

    public IReadOnlyList<CombinationKey> Improvements => KeysOf(RunChange.Improvement);

    /// <param name="isSimulated">Whether a model key is simulated (its rows must say so).</param>
    public static RunComparisonReport From(string runA, string runB, RunComparisonResult result, StatisticsOptions options, Func<string, bool> isSimulated, string? goldNote)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(isSimulated);
        return new RunComparisonReport(
            runA,
            runB,
            result.Metric,
            options.Alpha,
            result.Rows.Select(row => RunComparisonReportRow.From(row, isSimulated(row.Key.Model))).ToList(),
            result.OnlyInA,
            result.OnlyInB,
            goldNote);
    }

    private List<CombinationKey> KeysOf(RunChange change) =>
        Rows.Where(row => row.Change == change).Select(row => new CombinationKey(row.Pipeline, row.Prompts, row.Model)).ToList();
}
