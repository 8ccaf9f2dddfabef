using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;

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
    AggregateReport Aggregates);
