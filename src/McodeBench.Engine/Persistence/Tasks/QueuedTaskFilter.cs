namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>Queued tasks the scheduler does not want right now (a model at its limit, tasks it already holds).</summary>
public sealed record QueuedTaskFilter
{
    public IReadOnlyCollection<string> ExcludedModels { get; init; } = [];

    public IReadOnlyCollection<string> ExcludedRuns { get; init; } = [];

    public IReadOnlyCollection<string> ExcludedTaskIds { get; init; } = [];

    /// <summary>Only these runs, when not empty.</summary>
    public IReadOnlyCollection<string> OnlyRuns { get; init; } = [];
}
