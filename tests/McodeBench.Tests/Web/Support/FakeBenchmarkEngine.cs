using System.Threading.Channels;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Scheduling;
using McodeBench.Engine.Persistence.Writing;
using McodeBench.Engine.Results;

namespace McodeBench.Tests.Web.Support;

/// <summary>
/// An engine that stores runs and their tasks like the real one but runs nothing: tests put tasks into the statuses
/// they need through the repositories, and publish live events with <see cref="Publish"/>. Controls are recorded.
/// </summary>
internal sealed class FakeBenchmarkEngine(BenchDatabase database, BenchmarkWorkspace workspace) : IBenchmarkEngine
{
    private readonly List<FakeSubscription> subscriptions = [];
    private readonly Lock gate = new();
    private int runNumber;

    public BenchDatabase Database { get; } = database;

    public BenchmarkWorkspace Workspace { get; } = workspace;

    public string WorkerId => "fake-worker";

    public int GlobalConcurrency { get; private set; } = 8;

    /// <summary>Every control call, as "verb id [argument]".</summary>
    public List<string> Controls { get; } = [];

    /// <summary>The run-size limit the fake admits against (the real engine's comes from MaxTasksPerRun).</summary>
    public long MaxTasksPerRun { get; init; } = RunAdmission.DefaultMaxTasksPerRun;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public AdmissionResult Check(RunSpec spec) => new RunAdmission(Workspace, MaxTasksPerRun, Clock).Check(spec);

    public async Task<StartedRun> StartRunAsync(RunSpec spec, CancellationToken cancellationToken)
    {
        var admission = Check(spec);
        if (!admission.IsAdmitted)
        {
            throw new RunSpecRejectedException(admission.Problems);
        }

        var runId = $"{spec.Name}-{Interlocked.Increment(ref runNumber)}";
        var now = Clock.GetUtcNow().UtcDateTime;
        var tasks = MatrixExpansion.Expand(spec, admission.Selection, runId, now);
        var count = await Database.Runs.CreateAsync(new NewRun(runId, spec, new Dictionary<string, string>(), now), tasks, cancellationToken);
        return new StartedRun(runId, spec.Name, count);
    }

    public async Task<DryRunEstimate> EstimateAsync(RunSpec spec, CancellationToken cancellationToken)
    {
        var admission = Check(spec);
        if (!admission.IsAdmitted)
        {
            throw new RunSpecRejectedException(admission.Problems);
        }

        var history = await new OutputHistoryReader(Database).ReadAsync([.. admission.Selection.Models.Select(m => m.Key)], cancellationToken);
        return new RunAdmission(Workspace, MaxTasksPerRun, Clock).Estimate(spec, history, cancellationToken);
    }

    public Task<ControlResult> CancelRunAsync(string runId, CancellationToken cancellationToken) => Record($"cancel-run {runId}");

    public Task<ControlResult> CancelTaskAsync(string taskId, CancellationToken cancellationToken) => Record($"cancel-task {taskId}");

    public Task<ControlResult> PauseRunAsync(string runId, CancellationToken cancellationToken) => Record($"pause-run {runId}");

    public Task<ControlResult> ResumeRunAsync(string runId, CancellationToken cancellationToken) => Record($"resume-run {runId}");

    public Task<ControlResult> RetryFailedAsync(string runId, RetryScope scope, CancellationToken cancellationToken) => Record($"retry-run {runId} {scope}");

    public Task<ControlResult> ChangeRunPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken) => Record($"priority-run {runId} {priority}");

    public Task<ControlResult> ChangeTaskPriorityAsync(string taskId, TaskPriority priority, CancellationToken cancellationToken) => Record($"priority-task {taskId} {priority}");

    public void SetGlobalConcurrency(int limit) => GlobalConcurrency = limit;

    public async Task<RunProgress> GetProgressAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await Database.Runs.GetAsync(runId, cancellationToken) ?? throw new RunControlException($"There is no run '{runId}'.");
        var counts = await Database.Tasks.CountByStatusAsync(runId, cancellationToken);
        var done = counts[TrackedTaskStatus.Completed] + counts[TrackedTaskStatus.Failed] + counts[TrackedTaskStatus.Cancelled];
        return new RunProgress(runId, run.Status, counts.Values.Sum(), done, counts, null, null, DateTime.UtcNow);
    }

    public EngineEventSubscription Subscribe(EngineEventFilter filter)
    {
        var subscription = new FakeSubscription(filter, this);
        lock (gate)
        {
            subscriptions.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Sends an event to every subscriber whose filter takes it.</summary>
    public void Publish(EngineEvent engineEvent)
    {
        List<FakeSubscription> current;
        lock (gate)
        {
            current = [.. subscriptions];
        }

        foreach (var subscription in current)
        {
            subscription.Offer(engineEvent);
        }
    }

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Count;
            }
        }
    }

    public EngineStatistics GetStatistics() => new(
        DateTime.UtcNow,
        WorkerId,
        new SchedulerCounters(GlobalConcurrency, 0, 0, new Dictionary<TaskPriority, int>(), []),
        new WriterStatistics(0, 0, 0),
        new Dictionary<string, long>(),
        0,
        0,
        SubscriberCount,
        "fake");

    private Task<ControlResult> Record(string control)
    {
        lock (gate)
        {
            Controls.Add(control);
        }

        return Task.FromResult(new ControlResult(1, 0, $"done: {control}"));
    }

    private void Remove(FakeSubscription subscription)
    {
        lock (gate)
        {
            subscriptions.Remove(subscription);
        }
    }

    private sealed class FakeSubscription(EngineEventFilter filter, FakeBenchmarkEngine engine) : EngineEventSubscription
    {
        private readonly Channel<EngineEvent> channel = Channel.CreateBounded<EngineEvent>(new BoundedChannelOptions(filter.BufferSize) { FullMode = BoundedChannelFullMode.DropOldest });

        public override ChannelReader<EngineEvent> Reader => channel.Reader;

        public override long Dropped => 0;

        public void Offer(EngineEvent engineEvent)
        {
            var wanted = engineEvent switch
            {
                LogEngineEvent log => (filter.RunId is null || log.Entry.RunId == filter.RunId) && (filter.TaskId is null || log.Entry.TaskId == filter.TaskId) && log.Entry.Level >= filter.MinimumLevel,
                ProgressEngineEvent progress => filter.IncludeProgress && (filter.RunId is null || progress.Progress.RunId == filter.RunId),
                _ => false,
            };
            if (wanted)
            {
                channel.Writer.TryWrite(engineEvent);
            }
        }

        protected override void Dispose(bool disposing)
        {
            engine.Remove(this);
            channel.Writer.TryComplete();
        }
    }
}
