using System.Collections.Concurrent;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Engine.Controls;

/// <summary>
/// The controls' store over the database. Each task is written back only if its row still shows what it was loaded
/// with, so a control racing an executor in another process never overwrites that executor's claim or result.
/// </summary>
public sealed class DatabaseRunControlStore(BenchDatabase database) : IRunControlStore
{
    private readonly BenchDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly ConcurrentDictionary<string, (TrackedTaskStatus Status, int Attempts)> loaded = new(StringComparer.Ordinal);

    public async Task<RunControlState?> FindRunAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        return run is null ? null : new RunControlState(run.Id, ToControlStatus(run.Status), run.Priority);
    }

    public async Task<BenchmarkTask?> FindTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var stored = await database.Tasks.GetAsync(taskId, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : Remember(stored.Task);
    }

    public async Task<IReadOnlyList<BenchmarkTask>> GetTasksAsync(string runId, IReadOnlyCollection<TrackedTaskStatus> statuses, CancellationToken cancellationToken)
    {
        var query = new TaskQuery { RunId = runId, Statuses = statuses, SortBy = "Sequence" };
        var tasks = new List<BenchmarkTask>();
        await foreach (var stored in database.Tasks.StreamAsync(query, cancellationToken).ConfigureAwait(false))
        {
            tasks.Add(Remember(stored.Task));
        }

        return tasks;
    }

    public async Task SaveAsync(RunControlState? run, IReadOnlyCollection<BenchmarkTask> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var changes = new List<(BenchmarkTask, TrackedTaskStatus, int)>(tasks.Count);
        foreach (var task in tasks)
        {
            if (!loaded.TryRemove(task.Id, out var before))
            {
                throw new InvalidOperationException($"Task '{task.Id}' was not loaded through this store; controls save only what they loaded.");
            }

            changes.Add((task, before.Status, before.Attempts));
        }

        // Controls run one at a time and save once: what they loaded but left unchanged is not needed any more.
        loaded.Clear();

        await database.Tasks.SaveControlledAsync(changes, cancellationToken).ConfigureAwait(false);
        if (run is not null)
        {
            var stored = await database.Runs.GetAsync(run.RunId, cancellationToken).ConfigureAwait(false);
            var status = ToRunStatus(run.Status, stored?.Status);
            if (stored is null || stored.Status != status)
            {
                await database.Runs.SetStatusAsync(run.RunId, status, cancellationToken).ConfigureAwait(false);
            }

            if (stored is null || stored.Priority != run.Priority)
            {
                await database.Runs.SetPriorityAsync(run.RunId, run.Priority, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal static RunControlStatus ToControlStatus(RunStatus status) => status switch
    {
        RunStatus.Paused => RunControlStatus.Paused,
        RunStatus.Cancelled => RunControlStatus.Cancelled,
        _ => RunControlStatus.Active,
    };

    // An active run is Running again (a retry or resume revives a Completed run); an active Pending run stays Pending
    // until the engine starts it.
    private static RunStatus ToRunStatus(RunControlStatus status, RunStatus? stored) => status switch
    {
        RunControlStatus.Paused => RunStatus.Paused,
        RunControlStatus.Cancelled => RunStatus.Cancelled,
        _ => stored == RunStatus.Pending ? RunStatus.Pending : RunStatus.Running,
    };

    private BenchmarkTask Remember(BenchmarkTask task)
    {
        loaded[task.Id] = (task.Status, task.AttemptCount);
        return task;
    }
}
