using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A run as stored.</summary>
/// <param name="Estimate">The cost estimate made when it started; null for runs stored before estimates were recorded.</param>
public sealed record StoredRun(
    string Id,
    string Name,
    RunSpec Spec,
    IReadOnlyDictionary<string, string> LibraryVersions,
    RunStatus Status,
    TaskPriority Priority,
    int TaskCount,
    DateTime CreatedUtc,
    DateTime? StartedUtc,
    DateTime? FinishedUtc,
    DryRunEstimate? Estimate = null);
