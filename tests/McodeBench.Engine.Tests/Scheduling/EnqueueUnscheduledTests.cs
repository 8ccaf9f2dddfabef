using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

/// <summary>Queuing from two sources that may overlap (the engine's feeder and the controls) schedules each task once.</summary>
public sealed class EnqueueUnscheduledTests
{
    [Fact]
    public void Tasks_already_queued_or_in_flight_are_left_as_they_are_and_the_rest_queued_in_order()
    {
        var f = new SchedulerFixture(globalConcurrency: 1).WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        var running = f.Take();

        var queued = f.Scheduler.EnqueueUnscheduled([Item("t1"), Item("t2"), Item("t3"), Item("t3"), Item("t4")]);

        Assert.Equal(2, queued);
        Assert.Equal(3, f.Scheduler.GetCounters().Queued);
        Assert.True(f.Scheduler.IsInFlight("t1"));
        running.Complete(LeaseOutcome.Succeeded);
        Assert.Equal(["t2", "t3", "t4"], f.Drain());
    }

    [Fact]
    public void An_item_of_a_model_without_limits_queues_nothing()
    {
        var f = new SchedulerFixture().WithModel("m1");

        Assert.Throws<InvalidOperationException>(() => f.Scheduler.EnqueueUnscheduled([Item("t1"), Item("t2", model: "unknown")]));

        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
    }
}
