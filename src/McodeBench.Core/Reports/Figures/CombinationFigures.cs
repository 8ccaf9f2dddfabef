using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Figures;

/// <summary>A leaderboard row's figures in the chosen view (the row ranks by all attempts; both views are in its aggregates).</summary>
public static class CombinationFigures
{
    public static AggregateScore ScoreIn(LeaderboardRow row, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(row);
        return view == AggregateView.AllAttempts ? row.Aggregates.AllAttempts : row.Aggregates.SuccessfulOnly;
    }

    public static double? Value(LeaderboardRow row, RankingMetric metric, AggregateView view) => Leaderboard.ValueOf(ScoreIn(row, view), metric);

    /// <summary>Standard deviation across repeats of the metric's micro figure; undefined for compliance and with fewer than two repeats.</summary>
    public static double? RepeatDeviation(LeaderboardRow row, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var repeats = MetricCounts.Of(ScoreIn(row, view), metric).Repeats;
        return metric.Measure switch
        {
            RankingMeasure.F1 => repeats.F1.StandardDeviation,
            RankingMeasure.Precision => repeats.Precision.StandardDeviation,
            RankingMeasure.Recall => repeats.Recall.StandardDeviation,
            _ => null,
        };
    }

    /// <summary>Billed cost per task of the combination, in US dollars.</summary>
    public static decimal CostPerTask(LeaderboardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Tasks == 0 ? 0m : row.Cost / row.Tasks;
    }
}
