using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>One recorded execution attempt of a task.</summary>
public sealed record StoredAttempt(
    long Id,
    string TaskId,
    int AttemptNumber,
    string? WorkerId,
    DateTime? StartedUtc,
    DateTime FinishedUtc,
    AttemptEnd EndedAs,
    FailureClass? FailureClass,
    string? FailureMessage,
    IReadOnlyList<PipelineStepRecord> Steps,
    IReadOnlyList<string> Warnings,
    UsageTotals Usage);
