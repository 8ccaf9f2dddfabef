using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;
using static McodeBench.Core.Tasks.TrackedTaskStatus;

namespace McodeBench.Engine.Controls;

/// <summary>
/// The user's controls over runs and tasks, usable while a run is going. Every status change goes through
/// <see cref="TaskStatusTransitions"/>; the store is saved before tasks enter the scheduler and after they leave it,
/// so the scheduler never hands out a task the store does not show as Queued. Controls run one at a time.
/// </summary>
public sealed class RunControls : IDisposable
{
    private readonly IRunControlStore store;
    private readonly BenchmarkScheduler scheduler;
    private readonly TaskStatusTransitions transitions;
    private readonly SemaphoreSlim serial = new(1, 1);

    public RunControls(IRunControlStore store, BenchmarkScheduler scheduler, TaskStatusTransitions transitions)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        this.transitions = transitions ?? throw new ArgumentNullException(nameof(transitions));
    }

    /// <summary>Queues a run's pending tasks in run order (a paused run's pending tasks become Paused instead).</summary>
    public Task<ControlResult> StartRunAsync(string runId, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireNotCancelled(run, "start");
        var pending = await store.GetTasksAsync(runId, [Pending], cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            throw new RunControlException($"Run '{runId}' has no pending tasks to start. To run failed tasks again use retry; after a crash use resume.");
        }

        return await QueueAsync(run, pending, $"Run '{runId}' started", "queued", string.Empty, cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    /// <summary>
    /// Cancels a run: waiting tasks end Cancelled now, running ones get their token cancelled and end Cancelled when their
    /// executor stops. Completed and failed results are kept.
    /// </summary>
    public Task<ControlResult> CancelRunAsync(string runId, string? reason, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run.Status == RunControlStatus.Cancelled)
        {
            throw new RunControlException($"Run '{runId}' is already cancelled.");
        }

        var open = await store.GetTasksAsync(runId, [Pending, Queued, Paused, Running], cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            throw new RunControlException($"Run '{runId}' has finished: no task is pending, queued, paused or running, so there is nothing to cancel. Its results are kept.");
        }

        var why = reason ?? $"run '{runId}' cancelled";
        var changed = new List<BenchmarkTask>();
        var signalled = 0;
        foreach (var task in open)
        {
            if (Cancel(task, why))
            {
                changed.Add(task);
            }
            else
            {
                signalled++;
            }
        }

        await store.SaveAsync(run with { Status = RunControlStatus.Cancelled }, changed, cancellationToken).ConfigureAwait(false);
        return new ControlResult(changed.Count, signalled, $"Run '{runId}' cancelled: {Tasks(changed.Count)} cancelled; {Tasks(signalled)} running will stop and end Cancelled. Finished results are kept.");
    }, cancellationToken);

    /// <summary>Cancels one task: at once when it waits, cooperatively (through its token) when it runs.</summary>
    public Task<ControlResult> CancelTaskAsync(string taskId, string? reason, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var task = await RequireTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (task.Status is Completed or Failed or Cancelled)
        {
            throw new RunControlException($"Task '{taskId}' is {task.Status}: it has finished, so there is nothing to cancel. Its result is kept.");
        }

        if (!Cancel(task, reason ?? "cancelled by the user"))
        {
            return new ControlResult(0, 1, $"Task '{taskId}' is running; it will stop and end Cancelled.");
        }

        await store.SaveAsync(null, [task], cancellationToken).ConfigureAwait(false);
        return new ControlResult(1, 0, $"Task '{taskId}' cancelled.");
    }, cancellationToken);

    /// <summary>Pauses a run: its waiting tasks leave the scheduler and become Paused; running tasks finish.</summary>
    public Task<ControlResult> PauseRunAsync(string runId, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireNotCancelled(run, "pause");
        if (run.Status == RunControlStatus.Paused)
        {
            throw new RunControlException($"Run '{runId}' is already paused; resume it to go on.");
        }

        var open = await store.GetTasksAsync(runId, [Pending, Queued, Running], cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            throw new RunControlException($"Run '{runId}' has no pending, queued or running task, so there is nothing to pause.");
        }

        var changed = new List<BenchmarkTask>();
        var running = 0;
        foreach (var task in open)
        {
            // A Queued task missing from the queue but in flight was just dispatched: it is running, and runs to the end.
            var dispatched = task.Status == Queued && !scheduler.Remove(task.Id) && scheduler.IsInFlight(task.Id);
            if (task.Status == Running || dispatched)
            {
                running++;
                continue;
            }

            transitions.Apply(task, Paused);
            changed.Add(task);
        }

        await store.SaveAsync(run with { Status = RunControlStatus.Paused }, changed, cancellationToken).ConfigureAwait(false);
        return new ControlResult(changed.Count, 0, $"Run '{runId}' paused: {Tasks(changed.Count)} paused; {Tasks(running)} running will finish.");
    }, cancellationToken);

    /// <summary>Resumes a paused run: its paused tasks are queued again in run order.</summary>
    public Task<ControlResult> ResumeRunAsync(string runId, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireNotCancelled(run, "resume");
        if (run.Status != RunControlStatus.Paused)
        {
            throw new RunControlException($"Run '{runId}' is {run.Status}, not paused; only a paused run resumes. After a crash, resume the interrupted run instead.");
        }

        var paused = await store.GetTasksAsync(runId, [Paused], cancellationToken).ConfigureAwait(false);
        return await QueueAsync(run with { Status = RunControlStatus.Active }, paused, $"Run '{runId}' resumed", "queued", string.Empty, cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    /// <summary>Gives every unfinished task of the run (and its later retries) a new priority; queued tasks move at once.</summary>
    public Task<ControlResult> ChangeRunPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken) => Serialised(async () =>
    {
        RequireDefined(priority);
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireNotCancelled(run, "reprioritise");
        var open = await store.GetTasksAsync(runId, [Pending, Queued, Paused, Running, Failed], cancellationToken).ConfigureAwait(false);
        var changed = open.Where(t => t.Priority != priority).ToList();
        foreach (var task in changed)
        {
            task.Priority = priority;
            scheduler.ChangePriority(task.Id, priority);
        }

        await store.SaveAsync(run with { Priority = priority }, changed, cancellationToken).ConfigureAwait(false);
        return new ControlResult(changed.Count, 0, $"Run '{runId}' now has priority {priority}: {Tasks(changed.Count)} changed.");
    }, cancellationToken);

    /// <summary>Gives one unfinished task a new priority; a queued task moves at once.</summary>
    public Task<ControlResult> ChangeTaskPriorityAsync(string taskId, TaskPriority priority, CancellationToken cancellationToken) => Serialised(async () =>
    {
        RequireDefined(priority);
        var task = await RequireTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (TaskStatusTransitions.IsTerminal(task.Status))
        {
            throw new RunControlException($"Task '{taskId}' is {task.Status} and will not run again, so its priority no longer matters.");
        }

        if (task.Priority == priority)
        {
            return new ControlResult(0, 0, $"Task '{taskId}' already has priority {priority}.");
        }

        task.Priority = priority;
        scheduler.ChangePriority(taskId, priority);
        await store.SaveAsync(null, [task], cancellationToken).ConfigureAwait(false);
        return new ControlResult(1, 0, $"Task '{taskId}' now has priority {priority}.");
    }, cancellationToken);

    /// <summary>
    /// Queues a run's failed tasks again (all, or only transient failures), keeping their attempt counts. In a paused
    /// run they become Paused and wait for the resume.
    /// </summary>
    public Task<ControlResult> RetryFailedAsync(string runId, RetryScope scope, CancellationToken cancellationToken) => Serialised(async () =>
    {
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Use AllFailed or TransientOnly.");
        }

        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireNotCancelled(run, "retry");
        var failed = await store.GetTasksAsync(runId, [Failed], cancellationToken).ConfigureAwait(false);
        var chosen = scope == RetryScope.AllFailed ? failed : failed.Where(t => t.FailureClass is { } failure && failure.IsTransient()).ToList();
        var skipped = failed.Count - chosen.Count;
        var note = skipped > 0 ? $"; {Tasks(skipped)} left failed (not transient)" : string.Empty;
        if (chosen.Count == 0)
        {
            return new ControlResult(0, 0, $"Run '{runId}' has no {(scope == RetryScope.TransientOnly ? "transiently " : string.Empty)}failed tasks to retry{note}.");
        }

        return await QueueAsync(run, chosen, $"Run '{runId}' retry", "queued", note, cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    /// <summary>
    /// Picks up a run a crash interrupted: tasks left Running without an executor, and Queued tasks missing from the
    /// scheduler, are queued again (attempt counts kept; a finished task is never touched). In a paused run they
    /// become Paused; in a cancelled run they end Cancelled.
    /// </summary>
    public Task<ControlResult> ResumeInterruptedAsync(string runId, CancellationToken cancellationToken) => Serialised(async () =>
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        var candidates = await store.GetTasksAsync(runId, [Running, Queued], cancellationToken).ConfigureAwait(false);
        var stranded = candidates.Where(t => !scheduler.IsInFlight(t.Id) && !scheduler.IsQueued(t.Id)).ToList();
        if (stranded.Count == 0)
        {
            throw new RunControlException($"Run '{runId}' is not interrupted: every running task has an executor and every queued task is in the scheduler.");
        }

        if (run.Status == RunControlStatus.Cancelled)
        {
            foreach (var task in stranded)
            {
                transitions.Apply(task, Cancelled, $"run '{runId}' was cancelled");
            }

            await store.SaveAsync(null, stranded, cancellationToken).ConfigureAwait(false);
            return new ControlResult(stranded.Count, 0, $"Run '{runId}' was cancelled: {Tasks(stranded.Count)} left by the interruption cancelled.");
        }

        return await QueueAsync(run, stranded, $"Run '{runId}' resumed after an interruption", "requeued", string.Empty, cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    public void Dispose() => serial.Dispose();

    private static void RequireNotCancelled(RunControlState run, string action)
    {
        if (run.Status == RunControlStatus.Cancelled)
        {
            throw new RunControlException($"Run '{run.RunId}' was cancelled and cannot {action}; its finished results are kept. Start a new run from the same spec to run it again.");
        }
    }

    private static void RequireDefined(TaskPriority priority)
    {
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Use Low, Normal, High or Critical.");
        }
    }

    private static string Tasks(int count) => count == 1 ? "1 task" : $"{count} tasks";

    private async Task<ControlResult> Serialised(Func<Task<ControlResult>> control, CancellationToken cancellationToken)
    {
        await serial.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await control().ConfigureAwait(false);
        }
        finally
        {
            serial.Release();
        }
    }

    private async Task<RunControlState> RequireRunAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return await store.FindRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new RunControlException($"No run has id '{runId}'; list the runs to find its id.");
    }

    private async Task<BenchmarkTask> RequireTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return await store.FindTaskAsync(taskId, cancellationToken).ConfigureAwait(false)
            ?? throw new RunControlException($"No task has id '{taskId}'; show its run to find the task ids.");
    }

    /// <summary>Cancels a waiting task now (true) or signals a running one (false).</summary>
    private bool Cancel(BenchmarkTask task, string reason)
    {
        // Remove first: once out of the queue the task cannot be dispatched behind our back. A task neither queued nor
        // in flight was stranded by a crash and has no executor to end it, so it ends here.
        if (!scheduler.Remove(task.Id) && scheduler.CancelInFlight(task.Id, reason))
        {
            return false;
        }

        transitions.Apply(task, Cancelled, reason);
        return true;
    }

    /// <summary>
    /// Moves <paramref name="tasks"/> to Queued (then Paused when the run is paused), saves them with
    /// <paramref name="runToSave"/>, and only then hands the queued ones to the scheduler, in the order given.
    /// </summary>
    private async Task<ControlResult> QueueAsync(RunControlState runToSave, IReadOnlyList<BenchmarkTask> tasks, string what, string verb, string note, CancellationToken cancellationToken)
    {
        var hold = runToSave.Status == RunControlStatus.Paused;
        foreach (var task in tasks)
        {
            if (task.Status != Queued)
            {
                transitions.Apply(task, Queued);
            }

            if (hold)
            {
                transitions.Apply(task, Paused);
            }
        }

        await store.SaveAsync(runToSave, tasks.ToList(), cancellationToken).ConfigureAwait(false);
        if (hold)
        {
            return new ControlResult(tasks.Count, 0, $"{what}: {Tasks(tasks.Count)} paused until the run is resumed{note}.");
        }

        // The engine's feeder may have queued some of them from the database between the save and here.
        scheduler.EnqueueUnscheduled(tasks.Select(ScheduledItem.From));
        return new ControlResult(tasks.Count, 0, $"{what}: {Tasks(tasks.Count)} {verb}{note}.");
    }
}
