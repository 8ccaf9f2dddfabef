using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports;

/// <summary>
/// Groups a run's executed tasks by prompt × model combination, aggregates each with <see cref="ScoreAggregator"/>
/// and ranks them by the run's metric. Undefined metric values rank last; ties break by name so the order is stable.
/// </summary>
public static class Leaderboard
{
    /// <summary>
    /// The ranked leaderboard with the statistics layer's figures on every row (intervals, comparison with the best,
    /// rank bands, cost efficiency, Pareto frontier, repeat stability; docs/statistics.md), computed over every
    /// combination before <paramref name="top"/> cuts the list.
    /// </summary>
    public static IReadOnlyList<LeaderboardRow> Build(
        IEnumerable<LeaderboardEntry> entries,
        ModelLibrary models,
        RankingMetric metric,
        int? top = null,
        StatisticsOptions? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries as IReadOnlyCollection<LeaderboardEntry> ?? entries.ToList();
        var rows = Rows(all, models, metric);
        return Rank(WithStatistics(rows, LeaderboardStatistics.Compute(all, metric, statistics)), top);
    }

    /// <summary>
    /// One unranked row per combination, without statistics: for a caller that reads a run one combination at a time
    /// and adds the statistics at the end with <see cref="WithStatistics"/>.
    /// </summary>
    public static IReadOnlyList<LeaderboardRow> Rows(IEnumerable<LeaderboardEntry> entries, ModelLibrary models, RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(metric);
        return entries
            .GroupBy(e => CombinationKey.Of(e.Task))
            .Select(group => Row(group.Key, group.ToList(), models, metric))
            .ToList();
    }

    /// <summary>Puts each combination's <see cref="CombinationStatistics"/> on its row (joined by pipeline, prompts and model).</summary>
    public static IReadOnlyList<LeaderboardRow> WithStatistics(IEnumerable<LeaderboardRow> rows, LeaderboardStatisticsResult statistics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(statistics);
        var byKey = statistics.Rows.ToDictionary(row => row.Key);
        return rows.Select(row => row with { Statistics = byKey.GetValueOrDefault(new CombinationKey(row.Pipeline, row.Prompts, row.Model)) }).ToList();
    }

    /// <summary>
    /// Orders combination rows best first and numbers them, as <see cref="Build"/> does. For rows built one
    /// combination at a time (a leaderboard read back from storage holds one combination's tasks at once, not the run's).
    /// </summary>
    public static IReadOnlyList<LeaderboardRow> Rank(IEnumerable<LeaderboardRow> rows, int? top = null) => Rank(rows, row => row.RankValue, top);

    /// <summary>
    /// Orders combination rows by the metric's value in <paramref name="view"/> with the rules of <see cref="Rank(IEnumerable{LeaderboardRow}, int?)"/>
    /// (best first, undefined last, ties by name), for a reader who leaves failed tasks out. The rows keep their
    /// <see cref="LeaderboardRow.RankValue"/>, which is always the all-attempts value the run ranks by.
    /// </summary>
    public static IReadOnlyList<LeaderboardRow> RankIn(IEnumerable<LeaderboardRow> rows, RankingMetric metric, AggregateView view, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Rank(rows, row => ValueOf(view == AggregateView.AllAttempts ? row.Aggregates.AllAttempts : row.Aggregates.SuccessfulOnly, metric), top);
    }

    // The one ordering of a leaderboard, whatever value it ranks by.
    private static List<LeaderboardRow> Rank(IEnumerable<LeaderboardRow> rows, Func<LeaderboardRow, double?> valueOf, int? top)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ranked = rows
            .OrderBy(row => valueOf(row) is null ? 1 : 0)
            .ThenByDescending(valueOf)
            .ThenBy(row => row.Prompts, StringComparer.Ordinal)
            .ThenBy(row => row.Model, StringComparer.Ordinal)
            .Select((row, index) => row with { Rank = index + 1 });
        return (top is int n ? ranked.Take(n) : ranked).ToList();
    }

    /// <summary>The ranking metric's value in an aggregate, or null when it is undefined.</summary>
    public static double? ValueOf(AggregateScore score, RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Measure == RankingMeasure.Compliance)
        {
            return score.Compliance.Compliance;
        }

        var counts = metric.Target == RankingTarget.Entity
            ? score.Entities.Get(metric.Scheme).Micro
            : score.Mappings.Get(metric.MappingScheme).Micro;
        return metric.Measure switch
        {
            RankingMeasure.F1 => counts.F1,
            RankingMeasure.Precision => counts.Precision,
            RankingMeasure.Recall => counts.Recall,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Measure, "Unknown ranking measure."),
        };
    }

    /// <summary>
    /// Counted from every failed task, not from the score reports: a task that failed before any model call has no
    /// report but does have a failure class, and the per-class counts must add up to the failed tasks.
    /// </summary>
    private static Dictionary<FailureClass, int> CountFailures(List<LeaderboardEntry> group)
    {
        var counts = Enum.GetValues<FailureClass>().ToDictionary(failure => failure, _ => 0);
        foreach (var failure in group.Select(e => e.Failure).OfType<FailureClass>())
        {
            counts[failure]++;
        }

        return counts;
    }

    private static LeaderboardRow Row(CombinationKey key, List<LeaderboardEntry> group, ModelLibrary models, RankingMetric metric)
    {
        var aggregates = ScoreAggregator.AggregateBothViews(group.Where(e => e.Score is not null).Select(e => e.Score!));
        var all = aggregates.AllAttempts;
        var latencies = group.Select(e => e.Usage.Latency.TotalMilliseconds).ToList();
        var failed = group.Count(e => e.Failure is not null);
        return new LeaderboardRow(
            Rank: 0,
            Pipeline: key.Pipeline,
            Prompts: key.Prompts,
            Model: key.Model,
            Simulated: models.IsSimulated(key.Model),
            Tasks: group.Count,
            FailedTasks: failed,
            FailureRate: group.Count == 0 ? null : (double)failed / group.Count,
            FailuresByClass: CountFailures(group),
            RankValue: ValueOf(all, metric),
            EntityF1Strict: all.Entities.Strict.Micro.F1,
            EntityF1Type: all.Entities.Type.Micro.F1,
            MappingF1Strict: all.Mappings.Strict.Micro.F1,
            MappingF1Lenient: all.Mappings.Lenient.Micro.F1,
            Compliance: all.Compliance.Compliance,
            EntityF1TypeRepeatStdDev: all.Entities.Type.Repeats.F1.StandardDeviation,
            Cost: group.Sum(e => e.Usage.Cost),
            WouldBeCost: group.Sum(e => e.Usage.WouldBeCost),
            InputTokens: group.Sum(e => e.Usage.InputTokens),
            OutputTokens: group.Sum(e => e.Usage.OutputTokens),
            LatencyP50Ms: Percentile.Of(latencies, 50),
            LatencyP95Ms: Percentile.Of(latencies, 95),
            Aggregates: aggregates);
    }
}
