using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Figures;

/// <summary>
/// Which counts of a score report the chosen metric reads: entity counts under the chosen scheme, or mapping counts
/// (strict, or lenient for the type scheme), as <see cref="Core.Reports.Leaderboard.ValueOf"/> does for aggregates.
/// Compliance has no counts of its own; its P, R and F1 come from the lenient mapping counts.
/// </summary>
public static class MetricCounts
{
    public static OutcomeCounts Of(ScoreReport report, RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Target == RankingTarget.Entity && metric.Measure != RankingMeasure.Compliance
            ? report.Entities.Get(metric.Scheme)
            : report.Mappings.Get(MappingSchemeOf(metric));
    }

    public static SchemeAggregate Of(AggregateScore score, RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Target == RankingTarget.Entity && metric.Measure != RankingMeasure.Compliance
            ? score.Entities.Get(metric.Scheme)
            : score.Mappings.Get(MappingSchemeOf(metric));
    }

    public static MappingScheme MappingSchemeOf(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Measure != RankingMeasure.Compliance ? metric.MappingScheme : MappingScheme.Lenient;
    }
}
