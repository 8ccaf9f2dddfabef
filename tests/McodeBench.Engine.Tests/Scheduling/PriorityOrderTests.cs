using McodeBench.Core.Tasks;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class PriorityOrderTests
{
    [Fact]
    public void Higher_priority_runs_first_across_runs_whatever_the_enqueue_order()
    {
        var f = new SchedulerFixture().WithModel("m1").WithModel("m2");
        f.Scheduler.Enqueue(
            Item("low", "r1", "m1", TaskPriority.Low),
            Item("normal", "r2", "m2", TaskPriority.Normal),
            Item("critical", "r3", "m1", TaskPriority.Critical),
            Item("high", "r1", "m2", TaskPriority.High));

        Assert.Equal(["critical", "high", "normal", "low"], f.Drain());
    }

    [Fact]
    public void Tasks_of_one_priority_run_in_enqueue_order_across_runs_and_models()
    {
        var f = new SchedulerFixture().WithModel("m1").WithModel("m2");
        f.Scheduler.Enqueue(Item("a1", "A", "m1"), Item("a2", "A", "m2"));
        f.Scheduler.Enqueue(Item("b1", "B", "m1"));
        f.Scheduler.Enqueue(Item("a3", "A", "m1"), Item("b2", "B", "m2"));

        Assert.Equal(["a1", "a2", "b1", "a3", "b2"], f.Drain());
    }

    [Fact]
    public void Raising_a_queued_task_moves_it_ahead_and_keeps_its_age_among_its_new_peers()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("n1"), Item("n2"), Item("n3"));
        f.Scheduler.Enqueue(Item("h1", priority: TaskPriority.High));

        Assert.True(f.Scheduler.ChangePriority("n3", TaskPriority.High));
        Assert.True(f.Scheduler.ChangePriority("n2", TaskPriority.High));

        // n2 and n3 were queued before h1, so among the High tasks they come first, in their own order.
        Assert.Equal(["n2", "n3", "h1", "n1"], f.Drain());
    }

    [Fact]
    public void Lowering_a_queued_task_puts_it_behind_the_higher_ones()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("c1", priority: TaskPriority.Critical), Item("c2", priority: TaskPriority.Critical), Item("n1"));

        Assert.True(f.Scheduler.ChangePriority("c1", TaskPriority.Low));

        Assert.Equal(["c2", "n1", "c1"], f.Drain());
    }

    [Fact]
    public void Changing_priority_of_a_task_not_queued_reports_false()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"));
        var lease = f.Take();

        Assert.False(f.Scheduler.ChangePriority("t1", TaskPriority.High));
        Assert.False(f.Scheduler.ChangePriority("unknown", TaskPriority.High));
        Assert.Equal(TaskPriority.Normal, lease.Item.Priority);
    }

    [Fact]
    public void Removed_tasks_are_never_handed_out_and_the_rest_keep_their_order()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"), Item("t3"), Item("t4", priority: TaskPriority.High));

        Assert.True(f.Scheduler.Remove("t2"));
        Assert.True(f.Scheduler.Remove("t4"));
        Assert.False(f.Scheduler.Remove("t2"));
        Assert.False(f.Scheduler.IsQueued("t2"));

        Assert.Equal(["t1", "t3"], f.Drain());
    }

    [Fact]
    public void A_removed_task_can_be_queued_again_and_goes_to_the_back()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        f.Scheduler.Remove("t1");
        f.Scheduler.Enqueue(Item("t1"));

        Assert.Equal(["t2", "t1"], f.Drain());
    }
}
