using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports;

/// <summary>
/// Groups a run's executed tasks by prompt × model combination, aggregates each with <see cref="ScoreAggregator"/>
/// and ranks them by the run's metric. Undefined metric values rank last; ties break by name so the order is stable.
/// </summary>
public static class Leaderboard
{
    public static IReadOnlyList<LeaderboardRow> Build(
        IEnumerable<LeaderboardEntry> entries,
        ModelLibrary models,
        RankingMetric metric,
        int? top = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(metric);

        var rows = entries
            .GroupBy(e => (Pipeline: e.Task.Pipeline, Prompts: string.Join(" → ", e.Task.PromptKeys), Model: e.Task.ModelKey))
            .Select(group => Row(group.Key.Pipeline, group.Key.Prompts, group.Key.Model, group.ToList(), models, metric));
        return Rank(rows, top);
    }

    /// <summary>
    /// Orders combination rows best first and numbers them, as <see cref="Build"/> does. For rows built one
    /// combination at a time (a leaderboard read back from storage holds one combination's tasks at once, not the run's).
    /// </summary>
    public static IReadOnlyList<LeaderboardRow> Rank(IEnumerable<LeaderboardRow> rows, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ranked = rows
            .OrderBy(row => row.RankValue is null ? 1 : 0)
            .ThenByDescending(row => row.RankValue)
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

    private static LeaderboardRow Row(PipelineKind pipeline, string prompts, string model, List<LeaderboardEntry> group, ModelLibrary models, RankingMetric metric)
    {
        var aggregates = ScoreAggregator.AggregateBothViews(group.Where(e => e.Score is not null).Select(e => e.Score!));
        var all = aggregates.AllAttempts;
        var latencies = group.Select(e => e.Usage.Latency.TotalMilliseconds).ToList();
        var failed = group.Count(e => e.Failure is not null);
        return new LeaderboardRow(
            Rank: 0,
            Pipeline: pipeline == PipelineKind.TwoStep ? "two-step" : "direct",
            Prompts: prompts,
            Model: model,
            Simulated: models.IsSimulated(model),
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
