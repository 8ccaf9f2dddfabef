using McodeBench.Core.Mcode;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Descriptive;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Summaries;

/// <summary>
/// The headline figures of a run's finished tasks in one view of failed tasks. P, R and F1 are per-task figures under
/// the chosen metric (mean and median over the tasks that define them); compliance is over all predicted mappings of
/// the scored tasks. Money is in US dollars; "would-be cost" is what the calls would have cost without the response
/// cache (billed cost plus the cache hits' would-be cost), so the saving is would-be cost − cost.
/// </summary>
/// <param name="Tasks">Finished tasks (completed or failed).</param>
/// <param name="ScoredTasks">Tasks whose figures enter P, R, F1 and compliance in this view (tasks with a score report; failed ones only in the all-attempts view).</param>
/// <param name="SuccessRate">Completed / finished; null when nothing finished.</param>
/// <param name="LatencyP50Ms">Median task latency (sum of its calls' wall times), over tasks that made calls.</param>
public sealed record ResultsSummary(
    AggregateView View,
    int Tasks,
    int CompletedTasks,
    int FailedTasks,
    int ScoredTasks,
    double? SuccessRate,
    double? FailureRate,
    FigureSpread F1,
    FigureSpread Precision,
    FigureSpread Recall,
    double? Compliance,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    decimal WouldBeCost,
    int CacheHits,
    double? LatencyP50Ms,
    double? LatencyP95Ms)
{
    public decimal CacheSavings => WouldBeCost - Cost;

    public static ResultsSummary From(IReadOnlyCollection<LeaderboardEntry> entries, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(metric);
        var failed = entries.Count(e => e.Failure is not null);
        var scored = entries
            .Where(e => e.Score is not null && (view == AggregateView.AllAttempts || e.Failure is null))
            .Select(e => e.Score!.Report)
            .ToList();
        var counts = scored.Select(report => MetricCounts.Of(report, metric)).ToList();
        var latencies = entries.Where(e => e.Usage.Calls > 0).Select(e => e.Usage.Latency.TotalMilliseconds).ToList();
        var cost = entries.Sum(e => e.Usage.Cost);
        return new ResultsSummary(
            view,
            entries.Count,
            entries.Count - failed,
            failed,
            scored.Count,
            entries.Count == 0 ? null : (double)(entries.Count - failed) / entries.Count,
            entries.Count == 0 ? null : (double)failed / entries.Count,
            FigureSpread.Of(counts.Select(c => c.F1)),
            FigureSpread.Of(counts.Select(c => c.Precision)),
            FigureSpread.Of(counts.Select(c => c.Recall)),
            scored.Aggregate(ComplianceSummary.Empty, (sum, report) => sum.Add(report.Compliance)).Compliance,
            entries.Sum(e => e.Usage.InputTokens),
            entries.Sum(e => e.Usage.OutputTokens),
            cost,
            cost + entries.Sum(e => e.Usage.WouldBeCost),
            entries.Sum(e => e.Usage.CacheHits),
            Percentile.Of(latencies, 50),
            Percentile.Of(latencies, 95));
    }
}
