using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class LeaseTests
{
    [Fact]
    public void A_lease_completes_once()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"));
        var lease = f.Take();
        lease.Complete(LeaseOutcome.Succeeded);

        var error = Assert.Throws<InvalidOperationException>(() => lease.Complete(LeaseOutcome.Succeeded));
        Assert.Contains("'t1'", error.Message, StringComparison.Ordinal);
        Assert.True(lease.IsCompleted);
        Assert.Equal(0, f.Scheduler.GetCounters().InFlight);
    }

    [Fact]
    public void Disposing_an_uncompleted_lease_frees_its_slot_once()
    {
        var f = new SchedulerFixture(globalConcurrency: 1).WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"), Item("t3"));
        var first = f.Take();

        first.Dispose();
        first.Dispose();
        var second = f.Take();
        f.AssertNothingReady();
        Assert.Equal(1, f.Scheduler.GetCounters().InFlight);

        second.Complete(LeaseOutcome.Succeeded);
        second.Dispose();
        Assert.Equal(0, f.Scheduler.GetCounters().InFlight);
    }

    [Fact]
    public void Cancelling_a_task_in_flight_cancels_its_token_with_the_reason()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        var lease = f.Take();

        Assert.True(f.Scheduler.CancelInFlight("t1", "user asked"));
        Assert.True(lease.CancellationToken.IsCancellationRequested);
        Assert.Equal("user asked", lease.CancellationReason);
        Assert.False(f.Scheduler.CancelInFlight("t2"));
        Assert.True(f.Scheduler.IsQueued("t2"));

        lease.Complete(LeaseOutcome.Cancelled);
        Assert.False(f.Scheduler.CancelInFlight("t1"));
    }

    [Fact]
    public void A_batch_with_a_duplicate_or_a_task_already_scheduled_queues_nothing()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("running"));
        _ = f.Take();

        Assert.Throws<InvalidOperationException>(() => f.Scheduler.Enqueue(Item("a"), Item("a")));
        var error = Assert.Throws<InvalidOperationException>(() => f.Scheduler.Enqueue(Item("b"), Item("running")));
        Assert.Contains("'running' is already running", error.Message, StringComparison.Ordinal);

        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
    }

    [Fact]
    public void A_task_for_a_model_without_limits_is_rejected_with_the_fix_named()
    {
        var f = new SchedulerFixture().WithModel("m1");

        var error = Assert.Throws<InvalidOperationException>(() => f.Scheduler.Enqueue(Item("ok"), Item("t1", model: "gpt-9")));

        Assert.Contains("'gpt-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConfigureModel", error.Message, StringComparison.Ordinal);
        Assert.False(f.Scheduler.IsQueued("ok"));
    }

    [Fact]
    public void Counters_show_queue_depth_per_priority_and_work_per_model()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 1, requestsPerMinute: 30).WithModel("m2");
        f.Scheduler.Enqueue(
            Item("a", model: "m1", priority: TaskPriority.High),
            Item("b", model: "m1", priority: TaskPriority.High),
            Item("c", model: "m2", priority: TaskPriority.Low),
            Item("d", model: "m2", priority: TaskPriority.Critical));
        _ = f.Take(); // d
        _ = f.Take(); // a

        var counters = f.Scheduler.GetCounters();

        Assert.Equal(2, counters.InFlight);
        Assert.Equal(2, counters.Queued);
        Assert.Equal(0, counters.QueuedByPriority[TaskPriority.Critical]);
        Assert.Equal(1, counters.QueuedByPriority[TaskPriority.High]);
        Assert.Equal(0, counters.QueuedByPriority[TaskPriority.Normal]);
        Assert.Equal(1, counters.QueuedByPriority[TaskPriority.Low]);
        var m1 = counters.Models.Single(m => m.ModelKey == "m1");
        Assert.Equal((1, 1, 1, 30), (m1.InFlight, m1.Queued, m1.MaxConcurrency, m1.RequestsPerMinute));
        var m2 = counters.Models.Single(m => m.ModelKey == "m2");
        Assert.Equal((1, 1), (m2.InFlight, m2.Queued));
    }
}
