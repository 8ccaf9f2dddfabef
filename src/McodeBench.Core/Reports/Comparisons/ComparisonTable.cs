using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Comparisons;

/// <summary>
/// Rows comparing models, or prompts, over a run. Micro figures are summed counts, not a mean of combination scores,
/// so a model run with more prompts weighs each of its tasks the same. <see cref="ScoreAggregator"/> is not used here
/// because one model's tasks repeat the same (trial, repeat) under several prompts, which it rightly refuses.
/// </summary>
public static class ComparisonTable
{
    public static IReadOnlyList<ComparisonRow> ByModel(IEnumerable<LeaderboardEntry> entries, ModelLibrary models, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(models);
        return By(entries, e => e.Task.ModelKey, key => models.IsSimulated(key), metric, view);
    }

    public static IReadOnlyList<ComparisonRow> ByPrompt(IEnumerable<LeaderboardEntry> entries, RankingMetric metric, AggregateView view) =>
        By(entries, e => string.Join(" → ", e.Task.PromptKeys), _ => false, metric, view);

    private static List<ComparisonRow> By(
        IEnumerable<LeaderboardEntry> entries,
        Func<LeaderboardEntry, string> key,
        Func<string, bool> simulated,
        RankingMetric metric,
        AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(metric);
        return entries
            .GroupBy(key, StringComparer.Ordinal)
            .Select(group =>
            {
                var list = group.ToList();
                var failed = list.Count(e => e.Failure is not null);
                var scored = list.Where(e => e.Score is not null && (view == AggregateView.AllAttempts || e.Failure is null)).Select(e => e.Score!.Report).ToList();
                var counts = scored.Aggregate(OutcomeCounts.Zero, (sum, report) => sum.Add(MetricCounts.Of(report, metric)));
                var latencies = list.Where(e => e.Usage.Calls > 0).Select(e => e.Usage.Latency.TotalMilliseconds);
                return new ComparisonRow(
                    group.Key,
                    simulated(group.Key),
                    list.Count,
                    failed,
                    (double)failed / list.Count,
                    scored.Count == 0 ? null : counts.Precision,
                    scored.Count == 0 ? null : counts.Recall,
                    scored.Count == 0 ? null : counts.F1,
                    scored.Aggregate(ComplianceSummary.Empty, (sum, report) => sum.Add(report.Compliance)).Compliance,
                    list.Sum(e => e.Usage.Cost),
                    Percentile.Of(latencies, 50));
            })
            .OrderBy(row => row.Key, StringComparer.Ordinal)
            .ToList();
    }
}
