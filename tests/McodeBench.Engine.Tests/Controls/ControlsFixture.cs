using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Engine.Tests.Controls;

/// <summary>
/// A store, a scheduler and the controls over them, plus a stand-in executor that follows the engine's contract:
/// take a lease, move the task to Running, later end it and complete the lease.
/// </summary>
internal sealed class ControlsFixture : IDisposable
{
    private static readonly DateTime Created = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly Dictionary<string, BenchmarkTask> tasks = new(StringComparer.Ordinal);

    public ControlsFixture()
    {
        Transitions = new TaskStatusTransitions(Clock);
        Scheduler = NewScheduler();
        Controls = new RunControls(Store, Scheduler, Transitions);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public TaskStatusTransitions Transitions { get; }

    public InMemoryRunControlStore Store { get; } = new();

    public BenchmarkScheduler Scheduler { get; private set; }

    public RunControls Controls { get; private set; }

    public Dictionary<string, SchedulerLease> Leases { get; } = [];

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Stores a run of <paramref name="count"/> pending tasks alternating two models; ids are {run}/t{i}.</summary>
    public List<BenchmarkTask> AddRun(string runId, int count, TaskPriority priority = TaskPriority.Normal)
    {
        var runTasks = Enumerable.Range(0, count)
            .Select(i => new BenchmarkTask($"{runId}/t{i}", $"task {i}", Created, runId, PipelineKind.Direct, ["direct"], i % 2 == 0 ? "m1" : "m2", $"NCT{i:D8}", 0, priority))
            .ToList();
        Store.Add(new RunControlState(runId, RunControlStatus.Active, priority), runTasks);
        foreach (var task in runTasks)
        {
            tasks.Add(task.Id, task);
        }

        return runTasks;
    }

    public async Task<List<BenchmarkTask>> AddStartedRunAsync(string runId, int count, TaskPriority priority = TaskPriority.Normal)
    {
        var added = AddRun(runId, count, priority);
        await Controls.StartRunAsync(runId, Token);
        return added;
    }

    public async Task<RunControlState> RunAsync(string runId) => (await Store.FindRunAsync(runId, Token))!;

    /// <summary>Dispatches the next task and marks it Running, as the executor does.</summary>
    public BenchmarkTask StartNext()
    {
        Assert.True(Scheduler.TryDequeue(out var lease), "Expected a task to be ready.");
        var task = tasks[lease.TaskId];
        Transitions.Apply(task, TrackedTaskStatus.Running);
        Leases[task.Id] = lease;
        return task;
    }

    public void Complete(BenchmarkTask task)
    {
        Transitions.Apply(task, TrackedTaskStatus.Completed);
        Leases[task.Id].Complete(LeaseOutcome.Succeeded);
    }

    public void Fail(BenchmarkTask task, FailureClass failure)
    {
        task.RecordOutcome(UsageTotals.None, false, failure, null);
        Transitions.Apply(task, TrackedTaskStatus.Failed, $"failed: {failure.ToWireName()}");
        Leases[task.Id].Complete(LeaseOutcome.FromFailure(failure));
    }

    /// <summary>Ids in the order the scheduler hands them out (each completed at once so limits do not interfere).</summary>
    public List<string> DrainOrder()
    {
        var order = new List<string>();
        while (Scheduler.TryDequeue(out var lease))
        {
            order.Add(lease.TaskId);
            lease.Complete(LeaseOutcome.Succeeded);
        }

        return order;
    }

    /// <summary>A process restart: the store keeps everything, the scheduler and its leases are gone.</summary>
    public void Restart()
    {
        Controls.Dispose();
        Leases.Clear();
        Scheduler = NewScheduler();
        Controls = new RunControls(Store, Scheduler, Transitions);
    }

    public void Dispose() => Controls.Dispose();

    private BenchmarkScheduler NewScheduler()
    {
        var scheduler = new BenchmarkScheduler(Clock, new SchedulerOptions { GlobalConcurrency = 100 });
        scheduler.ConfigureModel("m1", new ModelLimits(100));
        scheduler.ConfigureModel("m2", new ModelLimits(100));
        return scheduler;
    }
}
