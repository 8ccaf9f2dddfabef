using System.Collections.Concurrent;
using System.Globalization;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Engine.Orchestration;

/// <summary>
/// Runs one dispatched task against the database: claims it (only if it is still Queued, so a task finished,
/// paused, cancelled or claimed elsewhere is never run), executes it, stores the attempt and logs the outcome.
/// The executor grain delegates here; tests drive it directly.
/// </summary>
public sealed class TaskRunner
{
    private readonly BenchDatabase database;
    private readonly TaskExecutor executor;
    private readonly ModelLibrary models;
    private readonly EngineEventHub events;
    private readonly ConcurrentDictionary<string, BenchmarkTask> prefetched;
    private readonly Func<bool> engineStopping;
    private readonly bool logEveryTask;
    private readonly ConcurrentDictionary<TaskRunStatus, long> finished = new();

    /// <param name="prefetched">Tasks the queue feeder already read, by id; a task missing here is read from the database.</param>
    /// <param name="engineStopping">True once the engine shuts down: a task cancelled then is interrupted, not cancelled.</param>
    public TaskRunner(
        BenchDatabase database,
        TaskExecutor executor,
        ModelLibrary models,
        EngineEventHub events,
        ConcurrentDictionary<string, BenchmarkTask> prefetched,
        Func<bool> engineStopping,
        bool logEveryTask = true)
    {
        this.database = database ?? throw new ArgumentNullException(nameof(database));
        this.executor = executor ?? throw new ArgumentNullException(nameof(executor));
        this.models = models ?? throw new ArgumentNullException(nameof(models));
        this.events = events ?? throw new ArgumentNullException(nameof(events));
        this.prefetched = prefetched ?? throw new ArgumentNullException(nameof(prefetched));
        this.engineStopping = engineStopping ?? throw new ArgumentNullException(nameof(engineStopping));
        this.logEveryTask = logEveryTask;
    }

    /// <summary>Dispatches by final status since the engine started.</summary>
    public IReadOnlyDictionary<string, long> Finished => finished.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value, StringComparer.Ordinal);

    public async Task<TaskRunReport> RunAsync(string taskId, string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var task = prefetched.TryRemove(taskId, out var known) ? known : (await database.Tasks.GetAsync(taskId, CancellationToken.None).ConfigureAwait(false))?.Task;
        if (task is null || task.Status != TrackedTaskStatus.Queued
            || await database.Tasks.ClaimAsync(task, CancellationToken.None).ConfigureAwait(false) == TaskWriteResult.Conflict)
        {
            return Count(new TaskRunReport(taskId, runId, TaskRunStatus.Skipped));
        }

        TaskExecution execution;
        try
        {
            execution = await executor.ExecuteAsync(task, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await EndCancelledAsync(task, AttemptOutcome.Nothing(FailureClass.Cancelled, "Cancelled before the model answered.")).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever goes wrong in one task ends that task Failed with the reason; the engine goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            var outcome = AttemptOutcome.Nothing(FailureClass.ProviderError, SecretScrubber.Scrub(error.Message));
            await database.Tasks.FinishAsync(task, TrackedTaskStatus.Failed, outcome, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            Log(EventLevel.Error, task, $"failed before the model answered: {outcome.FailureMessage}");
            return Count(new TaskRunReport(taskId, task.RunId, TaskRunStatus.Failed, FailureClass.ProviderError));
        }

        if (execution.Failure == FailureClass.Cancelled)
        {
            return await EndCancelledAsync(task, AttemptOutcome.From(execution)).ConfigureAwait(false);
        }

        var status = execution.Failure is null ? TrackedTaskStatus.Completed : TrackedTaskStatus.Failed;
        var written = await database.Tasks.FinishAsync(task, status, AttemptOutcome.From(execution, Summarise(execution)), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        if (written == TaskWriteResult.Conflict)
        {
            // Someone else (a cancel from another process) ended the task meanwhile; the attempt was kept, the result not applied.
            Log(EventLevel.Warning, task, "finished, but the task had been changed meanwhile (cancelled elsewhere); its attempt is recorded, its result not applied");
            return Count(new TaskRunReport(taskId, task.RunId, TaskRunStatus.Skipped));
        }

        if (execution.Failure is { } failure)
        {
            Log(EventLevel.Error, task, $"failed ({failure.ToWireName()}): {execution.Pipeline.Failure!.Message}");
            return Count(new TaskRunReport(taskId, task.RunId, TaskRunStatus.Failed, failure));
        }

        if (logEveryTask)
        {
            Log(EventLevel.Success, task, "completed: " + Summarise(execution));
        }

        return Count(new TaskRunReport(taskId, task.RunId, TaskRunStatus.Completed));
    }

    private async Task<TaskRunReport> EndCancelledAsync(BenchmarkTask task, AttemptOutcome outcome)
    {
        if (engineStopping())
        {
            // Left Running: recovery puts it back in the queue with its attempt recorded as interrupted.
            return Count(new TaskRunReport(task.Id, task.RunId, TaskRunStatus.Interrupted, FailureClass.Cancelled));
        }

        await database.Tasks.FinishAsync(task, TrackedTaskStatus.Cancelled, outcome, "cancelled while running", CancellationToken.None).ConfigureAwait(false);
        Log(EventLevel.Warning, task, "cancelled while running");
        return Count(new TaskRunReport(task.Id, task.RunId, TaskRunStatus.Cancelled, FailureClass.Cancelled));
    }

    private static string Summarise(TaskExecution execution)
    {
        var f1 = execution.Score?.Report.Entities.Type.F1;
        var score = execution.Score is null ? "no gold" : "entity F1 (type) " + (f1 is { } value ? value.ToString("0.000", CultureInfo.InvariantCulture) : "— (undefined)");
        return string.Create(CultureInfo.InvariantCulture, $"{score}, {execution.Usage.Latency.TotalMilliseconds:0} ms, {execution.Usage.InputTokens + execution.Usage.OutputTokens} tokens");
    }

    private void Log(EventLevel level, BenchmarkTask task, string what)
    {
        if (level == EventLevel.Success && !logEveryTask)
        {
            return;
        }

        var simulated = models.IsSimulated(task.ModelKey) ? " (simulated)" : string.Empty;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["model"] = task.ModelKey,
            ["prompts"] = string.Join("+", task.PromptKeys),
            ["trial"] = task.TrialId,
            ["repeat"] = task.RepeatIndex.ToString(CultureInfo.InvariantCulture),
        };
        events.Publish(level, $"{task.Name}{simulated} {what}", task.RunId, task.Id, properties);
    }

    private TaskRunReport Count(TaskRunReport report)
    {
        finished.AddOrUpdate(report.Status, 1, (_, count) => count + 1);
        return report;
    }
}
