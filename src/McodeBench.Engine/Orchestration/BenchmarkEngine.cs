using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Results;
using McodeBench.Engine.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace McodeBench.Engine.Orchestration;

/// <summary>
/// The engine: the database is the queue and the record, the scheduler decides what runs next, and each leased task
/// is sent to a dispatch target (the executor grain, or a <see cref="TaskRunner"/> directly). Three loops keep it
/// going: the feeder tops up the scheduler from the database, the dispatcher hands out leases, and the supervisor
/// completes runs, applies controls made by other processes and sends progress.
/// </summary>
public sealed partial class BenchmarkEngine : IBenchmarkEngine, IAsyncDisposable
{
    private readonly EngineOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly BenchmarkScheduler scheduler;
    private readonly RunControls controls;
    private readonly EngineEventHub events;
    private readonly RunRateTracker rates;
    private readonly ConcurrentDictionary<string, BenchmarkTask> prefetched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SchedulerLease> inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly ConcurrentDictionary<string, byte> activeRuns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> configuredRuns = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim feedSignal = new(0, 1);
    private readonly DateTime startedUtc;
    private readonly ModelClientRegistry clients;
    private readonly RunAdmission admission;
    private ITaskDispatchTarget target;
    private Task loops = Task.CompletedTask;
    private int started;
    private int stopped;
    private volatile bool forceFeed;

    public BenchmarkEngine(
        BenchDatabase database,
        BenchmarkWorkspace workspace,
        ModelClientRegistry clients,
        EngineOptions? options = null,
        TimeProvider? clock = null,
        ILogger<BenchmarkEngine>? logger = null)
    {
        Database = database ?? throw new ArgumentNullException(nameof(database));
        Workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));
        this.clients = clients ?? throw new ArgumentNullException(nameof(clients));
        this.options = options ?? new EngineOptions();
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger ?? NullLogger<BenchmarkEngine>.Instance;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.QueueWindow);
        startedUtc = this.clock.GetUtcNow().UtcDateTime;
        admission = new RunAdmission(workspace, this.options.MaxTasksPerRun, this.clock);
        scheduler = new BenchmarkScheduler(this.clock, new SchedulerOptions { GlobalConcurrency = this.options.GlobalConcurrency });
        scheduler.ConfigureModels(workspace.Models.Models);
        events = new EngineEventHub(database.Events, this.options.StoredEventLevel, this.clock, this.logger);
        controls = new RunControls(new DatabaseRunControlStore(database), scheduler, new TaskStatusTransitions(this.clock));
        rates = new RunRateTracker(this.clock);
        Runner = new TaskRunner(database, new TaskExecutor(workspace, clients, this.clock), workspace.Models, events, prefetched, () => stopping.IsCancellationRequested, this.options.LogEveryTask);
        target = new DirectDispatchTarget(() => Runner);
        clients.RateLimitedRetry += OnModelRateLimited;
    }

    public BenchDatabase Database { get; }

    public BenchmarkWorkspace Workspace { get; }

    public string WorkerId => Database.Tasks.WorkerId;

    public int GlobalConcurrency => scheduler.GlobalConcurrency;

    /// <summary>The runner the executor grain delegates to.</summary>
    public TaskRunner Runner { get; }

    /// <summary>What the System page shows of the silo; set by the host that runs one.</summary>
    public string SiloStatus { get; set; } = "no silo: tasks run directly in this process";

    /// <summary>Sends dispatched tasks to <paramref name="dispatchTarget"/> (the executor grain) instead of the runner directly. Call before <see cref="StartAsync"/>.</summary>
    public void UseDispatchTarget(ITaskDispatchTarget dispatchTarget)
    {
        ArgumentNullException.ThrowIfNull(dispatchTarget);
        if (Volatile.Read(ref started) != 0)
        {
            throw new InvalidOperationException("Choose the dispatch target before the engine starts.");
        }

        target = dispatchTarget;
    }

    /// <summary>
    /// Starts the loops. An engine that serves all runs first puts tasks a crash left Running back in the queue and
    /// watches every unfinished run.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("The engine is already started.");
        }

        if (options.ServeAllRuns)
        {
            var recovered = await Database.Tasks.RequeueInterruptedAsync(null, cancellationToken).ConfigureAwait(false);
            if (recovered > 0)
            {
                events.Publish(EventLevel.Warning, $"{recovered} task(s) left running by a process that stopped went back to the queue; their interrupted attempts are recorded.");
            }

            var open = await Database.Runs.ListAsync(new RunQuery { Statuses = [RunStatus.Running, RunStatus.Paused], Limit = 10_000 }, cancellationToken).ConfigureAwait(false);
            foreach (var run in open.Items)
            {
                activeRuns.TryAdd(run.Id, 0);
            }
        }

        loops = Task.WhenAll(
            Task.Run(() => LoopAsync("dispatcher", DispatchAsync), CancellationToken.None),
            Task.Run(() => LoopAsync("feeder", FeedAsync), CancellationToken.None),
            Task.Run(() => LoopAsync("supervisor", SuperviseAsync), CancellationToken.None));
    }

    /// <summary>
    /// Stops taking tasks, interrupts those running (they go back to the queue with their attempt recorded as
    /// interrupted, so a later resume runs them again), and stores every event still queued.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await loops.ConfigureAwait(false);
        await Task.WhenAll(running.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        var interrupted = await Database.Tasks.RequeueInterruptedAsync(WorkerId, CancellationToken.None).ConfigureAwait(false);
        if (interrupted > 0)
        {
            events.Publish(EventLevel.Warning, $"Stopped with {interrupted} task(s) running; they are back in the queue. Resume the run to finish them.");
        }

        await events.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref started) != 0)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }

        clients.RateLimitedRetry -= OnModelRateLimited;
        controls.Dispose();
        stopping.Dispose();
        feedSignal.Dispose();
    }

    // ----- runs -----

    public async Task<StartedRun> StartRunAsync(RunSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var now = clock.GetUtcNow().UtcDateTime;
        var runId = NewRunId(spec.Name, now);
        var resolved = Admit(spec);
        var tasks = MatrixExpansion.Enumerate(spec, resolved, runId, now);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["prompts"] = Workspace.Prompts.Version,
            ["models"] = Workspace.Models.Version,
        };

        // The run's limits are set before its tasks become visible (at the commit), so the feeder never sees them
        // unconfigured. Tasks are built as they are stored and stored already Queued, run and tasks in one
        // transaction: a failure leaves no half-created run behind.
        // The estimate is stored with the run, so what it was expected to take can be set against what it spent.
        var estimate = await EstimateAdmittedAsync(spec, resolved, cancellationToken).ConfigureAwait(false);
        ConfigureRun(runId, spec);
        var provenance = Core.Provenance.ScoringDigests.For(Workspace, spec.TrialIds);
        var count = await Database.Runs.CreateQueuedAsync(new NewRun(runId, spec, versions, now, estimate, provenance), tasks, cancellationToken).ConfigureAwait(false);
        activeRuns.TryAdd(runId, 0);
        var simulated = resolved.Models.Any(model => model.IsSimulated);
        events.Publish(EventLevel.Info, string.Create(CultureInfo.InvariantCulture, $"Run '{runId}' started: {count} task(s), {spec.Pipeline} pipeline, priority {spec.Priority}{(simulated ? "; includes simulated models" : string.Empty)}."), runId);
        Feed(force: true);
        return new StartedRun(runId, spec.Name, count);
    }

    public AdmissionResult Check(RunSpec spec) => admission.Check(spec);

    public Task<DryRunEstimate> EstimateAsync(RunSpec spec, CancellationToken cancellationToken) =>
        EstimateAdmittedAsync(spec, Admit(spec), cancellationToken);

    private async Task<DryRunEstimate> EstimateAdmittedAsync(RunSpec spec, ResolvedRun resolved, CancellationToken cancellationToken)
    {
        var history = await new OutputHistoryReader(Database).ReadAsync([.. resolved.Models.Select(m => m.Key)], cancellationToken).ConfigureAwait(false);
        return admission.Estimate(spec, history, cancellationToken);
    }

    private ResolvedRun Admit(RunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var result = admission.Check(spec);
        return result.IsAdmitted ? result.Selection : throw new RunSpecRejectedException(result.Problems);
    }

    public Task<ControlResult> CancelRunAsync(string runId, CancellationToken cancellationToken) =>
        ControlAsync(runId, null, EventLevel.Warning, () => controls.CancelRunAsync(runId, $"run '{runId}' cancelled by the user", cancellationToken));

    public async Task<ControlResult> CancelTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var result = await controls.CancelTaskAsync(taskId, "cancelled by the user", cancellationToken).ConfigureAwait(false);
        var runId = (await Database.Tasks.GetAsync(taskId, cancellationToken).ConfigureAwait(false))?.Task.RunId;
        events.Publish(EventLevel.Warning, result.Summary, runId, taskId);
        return result;
    }

    public Task<ControlResult> PauseRunAsync(string runId, CancellationToken cancellationToken) =>
        ControlAsync(runId, null, EventLevel.Warning, () => controls.PauseRunAsync(runId, cancellationToken));

    public async Task<ControlResult> ResumeRunAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run.Status == RunStatus.Completed)
        {
            throw new RunControlException($"Run '{runId}' has finished; there is nothing to resume. To run its failed tasks again use retry.");
        }

        RequireRunnable(run);
        ConfigureRun(runId, run.Spec);
        activeRuns.TryAdd(runId, 0);
        var result = await ControlAsync(runId, null, EventLevel.Info, () => run.Status == RunStatus.Paused
            ? controls.ResumeRunAsync(runId, cancellationToken)
            : controls.ResumeInterruptedAsync(runId, cancellationToken)).ConfigureAwait(false);
        Feed(force: true);
        return result;
    }

    public async Task<ControlResult> RetryFailedAsync(string runId, RetryScope scope, CancellationToken cancellationToken)
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        RequireRunnable(run);
        ConfigureRun(runId, run.Spec);
        var result = await ControlAsync(runId, null, EventLevel.Info, () => controls.RetryFailedAsync(runId, scope, cancellationToken)).ConfigureAwait(false);
        if (result.Changed > 0)
        {
            activeRuns.TryAdd(runId, 0);
            Feed(force: true);
        }

        return result;
    }

    public Task<ControlResult> ChangeRunPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken) =>
        ControlAsync(runId, null, EventLevel.Info, () => controls.ChangeRunPriorityAsync(runId, priority, cancellationToken));

    public async Task<ControlResult> ChangeTaskPriorityAsync(string taskId, TaskPriority priority, CancellationToken cancellationToken)
    {
        var result = await controls.ChangeTaskPriorityAsync(taskId, priority, cancellationToken).ConfigureAwait(false);
        var runId = (await Database.Tasks.GetAsync(taskId, cancellationToken).ConfigureAwait(false))?.Task.RunId;
        events.Publish(EventLevel.Info, result.Summary, runId, taskId);
        return result;
    }

    public void SetGlobalConcurrency(int limit)
    {
        scheduler.SetGlobalConcurrency(limit);
        events.Publish(EventLevel.Info, string.Create(CultureInfo.InvariantCulture, $"Global concurrency set to {limit}."));
    }

    // ----- observing -----

    public async Task<RunProgress> GetProgressAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await RequireRunAsync(runId, cancellationToken).ConfigureAwait(false);
        var counts = await Database.Tasks.CountByStatusAsync(runId, cancellationToken).ConfigureAwait(false);
        return Progress(run, run.Status, counts);
    }

    public EngineEventSubscription Subscribe(EngineEventFilter filter) => events.Subscribe(filter);

    public EngineStatistics GetStatistics() => new(
        startedUtc,
        WorkerId,
        scheduler.GetCounters(),
        Database.Writer.Statistics,
        Runner.Finished,
        events.Published,
        events.Dropped,
        events.SubscriberCount,
        SiloStatus);

    /// <summary>Publishes a log line through the engine's event log (for hosts that report on runs, e.g. a simulator starting).</summary>
    public void Log(EventLevel level, string message, string? runId = null) => events.Publish(level, message, runId);

    // ----- loops -----

    private async Task LoopAsync(string name, Func<CancellationToken, Task> body)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await body(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A loop that dies silently stops the engine; log, wait a moment and go on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                LoopFailed(logger, error, name);
                events.Publish(EventLevel.Error, $"The engine's {name} hit an error and retries in a second: {Core.Pipelines.SecretScrubber.Scrub(error.Message)}");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), clock, stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var lease = await scheduler.WaitForNextAsync(cancellationToken).ConfigureAwait(false);
            inFlight[lease.TaskId] = lease;
            var run = RunLeaseAsync(lease);
            running.TryAdd(run, 0);
            _ = run.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task RunLeaseAsync(SchedulerLease lease)
    {
        // Off the dispatcher's thread, so a slow claim never delays the next lease.
        await Task.Yield();
        var runId = lease.Item.RunId;
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(lease.CancellationToken, stopping.Token);
            TaskRunReport report;
            try
            {
                report = await target.RunAsync(lease.TaskId, runId, linked.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The dispatch target failed (e.g. the silo is stopping): the task stays as the database has it; recovery handles a task left Running.
            catch (Exception) when (linked.Token.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // A requested cancel (the run was cancelled or paused, or the engine is stopping) is how the call was
                // meant to end, not an error: no red line for the user and no stack trace in the log.
                DispatchCancelled(logger, lease.TaskId);
                report = new TaskRunReport(lease.TaskId, runId, TaskRunStatus.Interrupted);
            }
#pragma warning disable CA1031 // As above.
            catch (Exception error)
#pragma warning restore CA1031
            {
                DispatchFailed(logger, error, lease.TaskId);
                events.Publish(EventLevel.Error, $"Task '{lease.TaskId}' could not be dispatched: {Core.Pipelines.SecretScrubber.Scrub(error.Message)}", runId, lease.TaskId);
                report = new TaskRunReport(lease.TaskId, runId, TaskRunStatus.Interrupted);
            }

            lease.Complete(report.Status switch
            {
                TaskRunStatus.Completed => LeaseOutcome.Succeeded,
                TaskRunStatus.Failed => LeaseOutcome.FromFailure(report.Failure ?? Core.Pipelines.FailureClass.ProviderError),
                _ => LeaseOutcome.Cancelled,
            });
            if (report.Status is TaskRunStatus.Completed or TaskRunStatus.Failed or TaskRunStatus.Cancelled)
            {
                rates.Finished(runId);
            }
        }
        finally
        {
            inFlight.TryRemove(lease.TaskId, out _);
            lease.Dispose();
        }
    }

    private async Task FeedAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var force = forceFeed;
            forceFeed = false;
            var fed = await FeedOnceAsync(force, cancellationToken).ConfigureAwait(false);

            // A feed that found nothing new means the database holds no more queued work than the scheduler does;
            // asking again every tick would re-read the whole remaining queue for nothing. Starting, resuming or
            // retrying a run wakes the feeder at once; work queued by other processes waits at most the idle interval.
            var wait = fed is null or > 0 ? options.FeedInterval : options.IdleFeedInterval;
            await feedSignal.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>Tasks added to the scheduler; null when the scheduler was full enough not to look.</returns>
    private async Task<int?> FeedOnceAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && scheduler.GetCounters().Queued >= options.QueueWindow / 2)
        {
            return null;
        }

        QueuedTaskFilter? filter = null;
        if (!options.ServeAllRuns)
        {
            var owned = activeRuns.Keys.ToList();
            if (owned.Count == 0)
            {
                return 0;
            }

            filter = new QueuedTaskFilter { OnlyRuns = owned };
        }

        var queued = await Database.Tasks.QueuedAsync(options.QueueWindow, filter, cancellationToken).ConfigureAwait(false);
        if (prefetched.Count > 2 * options.QueueWindow)
        {
            // Tasks a control took out of the queue leave their copies behind; the runner reads those from the database.
            prefetched.Clear();
        }

        var fresh = new List<ScheduledItem>();
        foreach (var task in queued)
        {
            if (scheduler.IsQueued(task.Id) || inFlight.ContainsKey(task.Id))
            {
                continue;
            }

            if (!configuredRuns.ContainsKey(task.RunId))
            {
                var run = await Database.Runs.GetAsync(task.RunId, cancellationToken).ConfigureAwait(false);
                if (run is not null)
                {
                    ConfigureRun(run.Id, run.Spec);
                }
            }

            activeRuns.TryAdd(task.RunId, 0);
            prefetched[task.Id] = task;
            fresh.Add(ScheduledItem.From(task));
        }

        if (fresh.Count > 0)
        {
            // A control (resume, retry) may queue the same tasks at the same time, or the dispatcher may just have
            // leased one; each is scheduled once.
            scheduler.EnqueueUnscheduled(fresh);
        }

        return fresh.Count;
    }

    private async Task SuperviseAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var runId in activeRuns.Keys.ToList())
            {
                await SuperviseRunAsync(runId, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(options.SupervisorInterval, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SuperviseRunAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            activeRuns.TryRemove(runId, out _);
            return;
        }

        var counts = await Database.Tasks.CountByStatusAsync(runId, cancellationToken).ConfigureAwait(false);
        int Count(TrackedTaskStatus status) => counts.TryGetValue(status, out var n) ? n : 0;
        var open = Count(TrackedTaskStatus.Pending) + Count(TrackedTaskStatus.Queued) + Count(TrackedTaskStatus.Running) + Count(TrackedTaskStatus.Paused);
        var status = run.Status;
        if (status == RunStatus.Cancelled)
        {
            // A cancel made by another process reaches the tasks this process runs.
            foreach (var lease in inFlight.Values.Where(l => string.Equals(l.Item.RunId, runId, StringComparison.Ordinal)))
            {
                scheduler.CancelInFlight(lease.TaskId, $"run '{runId}' cancelled");
            }
        }

        if (open == 0 && status is RunStatus.Running or RunStatus.Pending)
        {
            // Only if nothing changed since the reads above: a cancel stored meanwhile must not become Completed.
            if (!await Database.Runs.CompleteIfFinishedAsync(runId, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            status = RunStatus.Completed;
            var failed = Count(TrackedTaskStatus.Failed);
            events.Publish(
                failed == 0 ? EventLevel.Success : EventLevel.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Run '{runId}' finished: {Count(TrackedTaskStatus.Completed)} completed, {failed} failed, {Count(TrackedTaskStatus.Cancelled)} cancelled."),
                runId);
        }

        events.PublishProgress(Progress(run, status, counts));
        if (status is RunStatus.Completed || (status == RunStatus.Cancelled && Count(TrackedTaskStatus.Running) == 0))
        {
            activeRuns.TryRemove(runId, out _);
            rates.Forget(runId);
        }
    }

    // ----- internals -----

    private RunProgress Progress(StoredRun run, RunStatus status, IReadOnlyDictionary<TrackedTaskStatus, int> counts)
    {
        var done = counts.Where(c => TaskStatusTransitions.HasFinished(c.Key)).Sum(c => c.Value);
        var total = Math.Max(run.TaskCount, counts.Values.Sum());
        var rate = status == RunStatus.Running ? rates.Rate(run.Id) : null;
        TimeSpan? eta = rate is > 0 && total > done ? TimeSpan.FromSeconds((total - done) / rate.Value) : null;
        return new RunProgress(run.Id, status, total, done, counts, rate, eta, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<ControlResult> ControlAsync(string runId, string? taskId, EventLevel level, Func<Task<ControlResult>> control)
    {
        var result = await control().ConfigureAwait(false);
        events.Publish(level, result.Summary, runId, taskId);
        return result;
    }

    private async Task<StoredRun> RequireRunAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return await Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new RunControlException($"No run has id '{runId}'; list the runs (mcodebench runs list) to find its id.");
    }

    // A run resumed or retried against other libraries than it started with would run different prompts or models.
    private void RequireRunnable(StoredRun run)
    {
        try
        {
            Admit(run.Spec);
        }
        catch (RunSpecRejectedException error)
        {
            throw new RunControlException($"Run '{run.Id}' cannot go on with the libraries and trials now configured: {error.Message} Point the prompt and model libraries and the trials folder at those the run started with.");
        }
    }

    // A 429 the retry layer absorbs inside a task slows the model down now: any lease of that model in flight carries
    // the report (the scheduler cuts the window once per episode, whichever lease reports it).
    private void OnModelRateLimited(object? sender, ModelRateLimitedEventArgs e)
    {
        foreach (var lease in inFlight.Values.Where(l => string.Equals(l.Item.ModelKey, e.ModelKey, StringComparison.Ordinal)))
        {
            try
            {
                lease.ReportRateLimited(e.RetryAfter);
                return;
            }
            catch (InvalidOperationException)
            {
                // That lease completed meanwhile; another may still be running.
            }
        }
    }

    private void ConfigureRun(string runId, RunSpec spec)
    {
        scheduler.ConfigureRun(runId, RunLimits.FromSpec(spec));
        configuredRuns.TryAdd(runId, 0);
    }

    private void Feed(bool force)
    {
        forceFeed |= force;
        try
        {
            feedSignal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    private static string NewRunId(string name, DateTime now)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        if (slug.Length == 0)
        {
            slug = "run";
        }
        else if (slug.Length > 40)
        {
            slug = slug[..40].TrimEnd('-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{slug}-{now:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}");
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "The engine's {Loop} loop failed; it retries in a second")]
    private static partial void LoopFailed(ILogger logger, Exception error, string loop);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Task {TaskId} stopped because its run was cancelled or paused, or the engine is stopping")]
    private static partial void DispatchCancelled(ILogger logger, string taskId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Task {TaskId} could not be dispatched")]
    private static partial void DispatchFailed(ILogger logger, Exception error, string taskId);
}
