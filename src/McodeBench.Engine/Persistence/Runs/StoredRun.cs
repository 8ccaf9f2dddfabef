using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A run as stored.</summary>
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
    DateTime? FinishedUtc);
