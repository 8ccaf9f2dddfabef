using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A stored run (table <c>runs</c>): the spec it was started with and the library versions it used.</summary>
public sealed class RunRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The full <see cref="Core.Tasks.Runs.RunSpec"/> as JSON (snake_case).</summary>
    public required string SpecJson { get; set; }

    /// <summary>Library versions and hashes the run used, as a JSON object of strings.</summary>
    public required string LibraryVersionsJson { get; set; }

    /// <summary>
    /// The cost estimate made when the run was started (a <see cref="Core.Tasks.Estimation.DryRunEstimate"/> as JSON),
    /// kept so the run can show estimated beside spent; null for runs stored before estimates were recorded.
    /// </summary>
    public string? EstimateJson { get; set; }

    /// <summary>
    /// SHA-256 of the gold the run's scores were computed against (<see cref="Core.Provenance.ScoringDigests"/>,
    /// <c>sha256:</c> and 64 hex digits); replaced when the run is rescored. Null for runs stored before migration
    /// <c>GoldProvenance</c>.
    /// </summary>
    public string? GoldDigest { get; set; }

    /// <summary>SHA-256 of the trial texts the run's predictions were anchored in; null for runs stored before migration <c>GoldProvenance</c>.</summary>
    public string? TrialTextDigest { get; set; }

    public RunStatus Status { get; set; }

    public TaskPriority Priority { get; set; }

    /// <summary>Tasks created for the run.</summary>
    public int TaskCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }
}
