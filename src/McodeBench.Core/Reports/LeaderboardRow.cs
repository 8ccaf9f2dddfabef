using System.Text.Json.Serialization;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Stability;

namespace McodeBench.Core.Reports;

/// <summary>
/// One prompt × model combination of a run. Scores are micro averages in the all-attempts view (a failed task counts
/// as an empty prediction); null means undefined and is shown as "—", never as 0 or 1.
/// </summary>
/// <param name="Prompts">The prompt keys, extraction → mapping for the two-step pipeline.</param>
/// <param name="Simulated">True when the model is simulated; every place that shows the row must say so.</param>
/// <param name="FailuresByClass">Failed tasks per failure class, every class listed; they sum to <paramref name="FailedTasks"/>.</param>
/// <param name="RankValue">The value of the run's ranking metric.</param>
/// <param name="Aggregates">The full aggregates in both views, for exports and drill-down.</param>
public sealed record LeaderboardRow(
    int Rank,
    string Pipeline,
    string Prompts,
    string Model,
    bool Simulated,
    int Tasks,
    int FailedTasks,
    double? FailureRate,
    IReadOnlyDictionary<FailureClass, int> FailuresByClass,
    double? RankValue,
    double? EntityF1Strict,
    double? EntityF1Type,
    double? MappingF1Strict,
    double? MappingF1Lenient,
    double? Compliance,
    double? EntityF1TypeRepeatStdDev,
    decimal Cost,
    decimal WouldBeCost,
    long InputTokens,
    long OutputTokens,
    double? LatencyP50Ms,
    double? LatencyP95Ms,
    AggregateReport Aggregates)
{
    /// <summary>
    /// What the statistics layer computed for this combination over the whole run (docs/statistics.md); null when the
    /// row was built without statistics. Kept out of the JSON as a whole: the properties below are its public face.
    /// </summary>
    [JsonIgnore]
    public CombinationStatistics? Statistics { get; init; }

    /// <summary>The 95 % cluster-bootstrap interval of <see cref="RankValue"/>; null when undefined.</summary>
    public ConfidenceInterval? RankValueCi95 => Statistics?.RankValue.Interval;

    /// <summary>This row against the best one (Δ = this − best); null on the best row and without statistics.</summary>
    public BestComparison? ComparisonToBest => Statistics is { ComparisonToBest: { } comparison } statistics
        ? BestComparison.From(comparison, statistics.PValueHolm, statistics.QValueBh)
        : null;

    /// <summary>True on the best row and on every row whose Holm-adjusted p against it is at least α.</summary>
    public bool? TiedWithBest => Statistics?.TiedWithBest;

    /// <summary>"1–3" for a row tied with the best, else its own rank.</summary>
    public string? RankBand => Statistics?.RankBand;

    /// <summary>Billed US dollars per correct entity under the ranking scheme; null when no entity was correct.</summary>
    public decimal? CostPerCorrectEntity => Statistics?.Cost.CostPerCorrectEntity;

    /// <summary>What the response-cache hits would have cost per correct entity.</summary>
    public decimal? WouldBeCostPerCorrectEntity => Statistics?.Cost.WouldBeCostPerCorrectEntity;

    /// <summary>The ranking metric per billed dollar of one task; null when nothing was billed.</summary>
    public double? RankValuePerDollar => Statistics?.Cost.RankValuePerDollar;

    /// <summary>True when no other row is at least as good on the metric, cost per task and p95 latency and better on one.</summary>
    public bool? ParetoOptimal => Statistics?.ParetoOptimal;

    /// <summary>Agreement between repeats of the same trial; null without repeats.</summary>
    public RepeatStability? Stability => Statistics?.Stability;

    /// <summary>Every figure with its point, interval and undefined resamples, by figure name.</summary>
    public IReadOnlyDictionary<StatisticFigure, FigureInterval>? Intervals => Statistics?.Figures;
}
