using System.Threading.Channels;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Scheduling;
using McodeBench.Engine.Persistence.Writing;

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

    public async Task<StartedRun> StartRunAsync(RunSpec spec, CancellationToken cancellationToken)
    {
        var (resolved, problems) = Check(spec);
        if (problems.Count > 0 || resolved is null)
        {
            throw new RunSpecRejectedException(problems);
        }

        var runId = $"{spec.Name}-{Interlocked.Increment(ref runNumber)}";
        var tasks = MatrixExpansion.Expand(spec, resolved, runId, DateTime.UtcNow);
        var count = await Database.Runs.CreateAsync(new NewRun(runId, spec, new Dictionary<string, string>(), DateTime.UtcNow), tasks, cancellationToken);
        return new StartedRun(runId, spec.Name, count);
    }

    public DryRunEstimate Estimate(RunSpec spec)
    {
        var (resolved, problems) = Check(spec);
        if (problems.Count > 0 || resolved is null)
        {
            throw new RunSpecRejectedException(problems);
        }

        var tasks = MatrixExpansion.Expand(spec, resolved, "estimate", DateTime.UtcNow);
        var estimator = new DryRunEstimator(id => TrialTextAssembler.Assemble(Workspace.Trial(id), Workspace.Sections).Text);
        return estimator.Estimate(tasks, resolved.Prompts, resolved.Models);
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

    private (ResolvedRun? Resolved, IReadOnlyList<Core.Diagnostics.Diagnostic> Problems) Check(RunSpec spec)
    {
        var own = spec.Validate();
        if (own.Count > 0)
        {
            return (null, own);
        }

        try
        {
            var resolved = RunSelector.Resolve(spec, Workspace.Prompts.Prompts, Workspace.Models.Models, Workspace.Trials.Values.ToList());
            return (resolved, MatrixExpansion.Validate(spec, resolved));
        }
        catch (UnknownSelectionException error)
        {
            return (null, [Core.Diagnostics.Diagnostic.Error(string.Empty, "selection", error.Message, "Select keys that exist.")]);
        }
    }

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
