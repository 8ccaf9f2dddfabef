using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Scores of a set of tasks (typically one prompt × model over trials and repeats) in one <see cref="AggregateView"/>,
/// with the failure rate beside them. Per-type and per-element entries aggregate the same way, restricted to that
/// type or element.
/// </summary>
/// <param name="AttemptedTasks">All tasks, failed or not.</param>
/// <param name="ScoredTasks">Tasks this view's figures cover (all attempts, or the successful ones).</param>
/// <param name="FailureRate">Failed / attempted; null when nothing was attempted.</param>
/// <param name="FailuresByClass">Failed tasks per failure class (wire names, every class listed).</param>
/// <param name="Compliance">Compliance over the predicted mappings of the scored tasks (failed tasks have none).</param>
public sealed record AggregateScore(
    AggregateView View,
    int AttemptedTasks,
    int FailedTasks,
    int ScoredTasks,
    double? FailureRate,
    IReadOnlyDictionary<string, int> FailuresByClass,
    EntitySchemes<SchemeAggregate> Entities,
    MappingSchemes<SchemeAggregate> Mappings,
    IReadOnlyDictionary<string, EntitySchemes<SchemeAggregate>> PerEntityType,
    IReadOnlyDictionary<string, MappingSchemes<SchemeAggregate>> PerElement,
    ComplianceSummary Compliance,
    int Unsupported);
