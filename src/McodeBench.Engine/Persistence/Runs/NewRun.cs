using McodeBench.Core.Provenance;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A run to store: its id, the spec it was started with and the library versions (or hashes) it used, by library name.</summary>
/// <param name="Estimate">What the run was estimated to take when it started, stored to compare with what it spent; null when not estimated.</param>
/// <param name="Provenance">Digests of the gold and trial texts the run is scored against; null when not known.</param>
public sealed record NewRun(
    string Id,
    RunSpec Spec,
    IReadOnlyDictionary<string, string> LibraryVersions,
    DateTime CreatedUtc,
    DryRunEstimate? Estimate = null,
    ScoringProvenance? Provenance = null);
