using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Engine.Tests.Scheduling;

/// <summary>A scheduler on a fake clock, and short ways to queue and take items.</summary>
internal sealed class SchedulerFixture
{
    public SchedulerFixture(int globalConcurrency = 100, SchedulerOptions? options = null)
    {
        Scheduler = new BenchmarkScheduler(Clock, (options ?? new SchedulerOptions()) with { GlobalConcurrency = globalConcurrency });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public BenchmarkScheduler Scheduler { get; }

    public static ScheduledItem Item(string taskId, string runId = "r1", string model = "m1", TaskPriority priority = TaskPriority.Normal) =>
        new(taskId, runId, model, priority);

    public SchedulerFixture WithModel(string key, int maxConcurrency = 100, int? requestsPerMinute = null)
    {
        Scheduler.ConfigureModel(key, new ModelLimits(maxConcurrency, requestsPerMinute));
        return this;
    }

    public SchedulerLease Take()
    {
        Assert.True(Scheduler.TryDequeue(out var lease), "Expected a task to be ready.");
        return lease;
    }

    public void AssertNothingReady() => Assert.False(Scheduler.TryDequeue(out _), "Expected no task to be ready.");

    /// <summary>Takes every ready task (without completing any) and returns their ids in order.</summary>
    public List<SchedulerLease> TakeAll()
    {
        var taken = new List<SchedulerLease>();
        while (Scheduler.TryDequeue(out var lease))
        {
            taken.Add(lease);
        }

        return taken;
    }

    /// <summary>Takes and completes tasks one at a time until none is ready; returns their ids in order.</summary>
    public List<string> Drain()
    {
        var order = new List<string>();
        while (Scheduler.TryDequeue(out var lease))
        {
            order.Add(lease.TaskId);
            lease.Complete(LeaseOutcome.Succeeded);
        }

        return order;
    }

    public ModelSchedulerCounters Model(string key) => Scheduler.GetCounters().Models.Single(m => m.ModelKey == key);
}
