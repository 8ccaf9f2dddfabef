using McodeBench.Core.Pipelines;

namespace McodeBench.Engine.Orchestration;

/// <summary>What a dispatch of a task did, as the dispatcher needs it to free the slot and adjust backoff.</summary>
[GenerateSerializer]
[Immutable]
public sealed record TaskRunReport(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string RunId,
    [property: Id(2)] TaskRunStatus Status,
    [property: Id(3)] FailureClass? Failure = null);
