using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class HeadOfLineTests
{
    [Fact]
    public void A_task_whose_model_is_full_does_not_block_other_models_behind_it()
    {
        var f = new SchedulerFixture().WithModel("slow", maxConcurrency: 1).WithModel("fast");
        f.Scheduler.Enqueue(Item("s1", model: "slow"), Item("s2", model: "slow"), Item("s3", model: "slow"), Item("f1", model: "fast"), Item("f2", model: "fast"));

        Assert.Equal(["s1", "f1", "f2"], f.TakeAll().Select(l => l.TaskId));
    }

    [Fact]
    public void A_blocked_high_priority_task_lets_lower_priorities_of_other_models_run_but_goes_first_once_free()
    {
        var f = new SchedulerFixture().WithModel("a", maxConcurrency: 1).WithModel("b", maxConcurrency: 1);
        f.Scheduler.Enqueue(Item("a-high-1", model: "a", priority: TaskPriority.High), Item("a-high-2", model: "a", priority: TaskPriority.High));
        f.Scheduler.Enqueue(Item("a-low", model: "a", priority: TaskPriority.Low), Item("b-normal", model: "b"));

        var first = f.Take();
        Assert.Equal("a-high-1", first.TaskId);
        Assert.Equal("b-normal", f.Take().TaskId);
        f.AssertNothingReady();

        first.Complete(LeaseOutcome.Succeeded);
        Assert.Equal("a-high-2", f.Take().TaskId);
    }

    [Fact]
    public void Among_eligible_tasks_priority_and_then_age_decide()
    {
        var f = new SchedulerFixture().WithModel("full", maxConcurrency: 1).WithModel("m1").WithModel("m2");
        f.Scheduler.Enqueue(Item("blocker", model: "full", priority: TaskPriority.Critical));
        var blocker = f.Take();
        f.Scheduler.Enqueue(
            Item("full-critical", model: "full", priority: TaskPriority.Critical),
            Item("m1-normal-old", model: "m1"),
            Item("m2-high", model: "m2", priority: TaskPriority.High),
            Item("m2-normal-new", model: "m2"),
            Item("m1-high", model: "m1", priority: TaskPriority.High));

        Assert.Equal(["m2-high", "m1-high", "m1-normal-old", "m2-normal-new"], f.TakeAll().Select(l => l.TaskId));
        blocker.Complete(LeaseOutcome.Succeeded);
        Assert.Equal("full-critical", f.Take().TaskId);
    }

    [Fact]
    public void A_run_at_its_limit_does_not_block_another_run_on_the_same_model()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.ConfigureRun("A", new RunLimits { Concurrency = 1 });
        f.Scheduler.Enqueue(Item("a1", "A", priority: TaskPriority.High), Item("a2", "A", priority: TaskPriority.High), Item("b1", "B"));

        Assert.Equal(["a1", "b1"], f.TakeAll().Select(l => l.TaskId));
    }
}
