using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Controls;

/// <summary>
/// The task store as the controls see it. The database is the source of truth: controls load tasks, change them in
/// place through <see cref="TaskStatusTransitions"/> and save them with the run in one call, so an implementation can
/// make each control one transaction.
/// </summary>
public interface IRunControlStore
{
    /// <summary>The run, or null when no run has that id.</summary>
    Task<RunControlState?> FindRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>The task, or null when no task has that id.</summary>
    Task<BenchmarkTask?> FindTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>
    /// The run's tasks in any of <paramref name="statuses"/>, in the run's own order (the order expansion created them
    /// in): resuming re-queues paused tasks in this order, so it must be stable.
    /// </summary>
    Task<IReadOnlyList<BenchmarkTask>> GetTasksAsync(string runId, IReadOnlyCollection<TrackedTaskStatus> statuses, CancellationToken cancellationToken);

    /// <summary>Saves the changed run state (when not null) and the changed tasks, together.</summary>
    Task SaveAsync(RunControlState? run, IReadOnlyCollection<BenchmarkTask> tasks, CancellationToken cancellationToken);
}
