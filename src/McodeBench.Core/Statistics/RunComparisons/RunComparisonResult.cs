using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.RunComparisons;

/// <summary>Run B against run A, combination by combination, with those present in only one run listed apart.</summary>
public sealed record RunComparisonResult(
    RankingMetric Metric,
    IReadOnlyList<RunComparisonRow> Rows,
    IReadOnlyList<CombinationKey> OnlyInA,
    IReadOnlyList<CombinationKey> OnlyInB)
{
    public IReadOnlyList<RunComparisonRow> Regressions => Rows.Where(row => row.Change == RunChange.Regression).ToList();

    public IReadOnlyList<RunComparisonRow> Improvements => Rows.Where(row => row.Change == RunChange.Improvement).ToList();
}
