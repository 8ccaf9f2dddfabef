using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.Intervals;

/// <summary>Which <see cref="StatisticFigure"/> a ranking metric or a scheme's measure is.</summary>
public static class StatisticFigures
{
    public static IReadOnlyList<StatisticFigure> All { get; } = Enum.GetValues<StatisticFigure>();

    /// <summary>The figure a leaderboard ranks by, resolved as <c>Leaderboard.ValueOf</c> does (mapping: strict, else lenient).</summary>
    public static StatisticFigure For(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Measure == RankingMeasure.Compliance)
        {
            return StatisticFigure.Compliance;
        }

        return metric.Target == RankingTarget.Entity
            ? Entity(metric.Scheme, metric.Measure)
            : Mapping(metric.MappingScheme, metric.Measure);
    }

    public static StatisticFigure Entity(EntityScheme scheme, RankingMeasure measure) =>
        (StatisticFigure)(((int)scheme * 3) + MeasureOffset(measure));

    public static StatisticFigure Mapping(MappingScheme scheme, RankingMeasure measure) =>
        (StatisticFigure)((int)StatisticFigure.MappingStrictPrecision + ((int)scheme * 3) + MeasureOffset(measure));

    private static int MeasureOffset(RankingMeasure measure) => measure switch
    {
        RankingMeasure.Precision => 0,
        RankingMeasure.Recall => 1,
        RankingMeasure.F1 => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Only precision, recall and F1 belong to a scheme."),
    };
}
