using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>The tasks a bulk status change applies to: those in <see cref="Statuses"/>, narrowed by the other fields.</summary>
public sealed record TaskSelection
{
    public required IReadOnlyCollection<TrackedTaskStatus> Statuses { get; init; }

    public string? RunId { get; init; }

    /// <summary>Only these tasks, when not null.</summary>
    public IReadOnlyCollection<string>? TaskIds { get; init; }

    /// <summary>Only tasks whose failure class is one of these, when not null (retry only transient failures).</summary>
    public IReadOnlyCollection<FailureClass>? FailureClasses { get; init; }

    public static TaskSelection OfRun(string runId, params TrackedTaskStatus[] statuses) => new() { RunId = runId, Statuses = statuses };
}
