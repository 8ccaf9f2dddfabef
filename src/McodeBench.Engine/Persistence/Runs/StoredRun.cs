using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A run as stored.</summary>
/// <param name="Estimate">The cost estimate made when it started; null for runs stored before estimates were recorded.</param>
/// <param name="GoldDigest">
/// SHA-256 of the gold its current scores were computed against (<c>sha256:</c> + 64 hex digits); two runs with
/// different digests were scored against different gold. Null for runs stored before digests were recorded.
/// </param>
/// <param name="TrialTextDigest">SHA-256 of the trial texts its predictions were anchored in; null when not recorded.</param>
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
    DryRunEstimate? Estimate = null,
    string? GoldDigest = null,
    string? TrialTextDigest = null);
