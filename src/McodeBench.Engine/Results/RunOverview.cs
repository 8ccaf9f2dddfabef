using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Engine.Results;

/// <summary>A run with how far it got: task counts per status (every status listed) and the models its tasks use.</summary>
public sealed record RunOverview(StoredRun Run, IReadOnlyDictionary<TrackedTaskStatus, int> Counts, IReadOnlyList<string> ModelKeys)
{
    /// <summary>Tasks stored for the run.</summary>
    public int Total => Run.TaskCount;

    /// <summary>Tasks that are not waiting or running: completed, failed or cancelled.</summary>
    public int Done => Count(TrackedTaskStatus.Completed) + Count(TrackedTaskStatus.Failed) + Count(TrackedTaskStatus.Cancelled);

    public int Failed => Count(TrackedTaskStatus.Failed);

    public int Count(TrackedTaskStatus status) => Counts.GetValueOrDefault(status);
}
