using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class ConcurrencyLimitTests
{
    [Fact]
    public void No_more_than_the_global_limit_run_at_once_and_a_completion_frees_a_slot()
    {
        var f = new SchedulerFixture(globalConcurrency: 3).WithModel("m1").WithModel("m2");
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}", model: i % 2 == 0 ? "m1" : "m2")));

        var running = f.TakeAll();
        Assert.Equal(3, running.Count);
        Assert.Equal(3, f.Scheduler.GetCounters().InFlight);

        running[0].Complete(LeaseOutcome.Succeeded);
        Assert.Equal("t3", f.Take().TaskId);
        f.AssertNothingReady();
    }

    [Fact]
    public void Raising_the_global_limit_while_running_starts_more_at_once()
    {
        var f = new SchedulerFixture(globalConcurrency: 2).WithModel("m1");
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}")));
        Assert.Equal(2, f.TakeAll().Count);

        f.Scheduler.SetGlobalConcurrency(6);

        Assert.Equal(["t2", "t3", "t4", "t5"], f.TakeAll().Select(l => l.TaskId));
        Assert.Equal(6, f.Scheduler.GetCounters().InFlight);
    }

    [Fact]
    public void Lowering_the_global_limit_lets_running_tasks_finish_and_starts_none_until_under_the_new_limit()
    {
        var f = new SchedulerFixture(globalConcurrency: 4).WithModel("m1");
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}")));
        var running = f.TakeAll();
        Assert.Equal(4, running.Count);

        f.Scheduler.SetGlobalConcurrency(2);
        Assert.Equal(2, f.Scheduler.GlobalConcurrency);
        Assert.All(running, l => Assert.False(l.CancellationToken.IsCancellationRequested));

        running[0].Complete(LeaseOutcome.Succeeded);
        f.AssertNothingReady(); // 3 in flight
        running[1].Complete(LeaseOutcome.Succeeded);
        f.AssertNothingReady(); // 2 in flight: at the limit, not under it
        running[2].Complete(LeaseOutcome.Succeeded);
        Assert.Equal("t4", f.Take().TaskId);
        f.AssertNothingReady();
        Assert.Equal(2, f.Scheduler.GetCounters().InFlight);
    }

    [Fact]
    public void Global_limit_below_one_is_rejected()
    {
        var f = new SchedulerFixture();
        Assert.Throws<ArgumentOutOfRangeException>(() => f.Scheduler.SetGlobalConcurrency(0));
        Assert.Throws<ArgumentException>(() => new BenchmarkScheduler(f.Clock, new SchedulerOptions { GlobalConcurrency = 0 }));
    }

    [Fact]
    public void A_model_runs_at_most_its_max_concurrency_over_all_runs()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 2);
        f.Scheduler.Enqueue(Item("a1", "A"), Item("b1", "B"), Item("a2", "A"), Item("b2", "B"));

        Assert.Equal(["a1", "b1"], f.TakeAll().Select(l => l.TaskId));
        Assert.Equal(2, f.Model("m1").InFlight);
        Assert.Equal(2, f.Model("m1").Queued);
    }

    [Fact]
    public void A_run_override_replaces_the_model_limit_for_that_runs_tasks_only()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 1);
        f.Scheduler.ConfigureRun("A", new RunLimits { ModelConcurrency = new Dictionary<string, int> { ["M1"] = 3 } });
        f.Scheduler.Enqueue(Item("b1", "B"), Item("a1", "A"), Item("a2", "A"), Item("a3", "A"), Item("a4", "A"), Item("b2", "B"));

        // b1 takes the model's only library slot; A's tasks may fill up to 3 model calls in flight in all.
        Assert.Equal(["b1", "a1", "a2"], f.TakeAll().Select(l => l.TaskId));
    }

    [Fact]
    public void A_run_limit_caps_the_runs_tasks_without_holding_back_other_runs()
    {
        var f = new SchedulerFixture().WithModel("m1").WithModel("m2");
        f.Scheduler.ConfigureRun("A", new RunLimits { Concurrency = 2 });
        f.Scheduler.Enqueue(Item("a1", "A", "m1"), Item("a2", "A", "m2"), Item("a3", "A", "m1"), Item("b1", "B", "m1"));

        var running = f.TakeAll();
        Assert.Equal(["a1", "a2", "b1"], running.Select(l => l.TaskId));

        running[0].Complete(LeaseOutcome.Failed);
        Assert.Equal("a3", f.Take().TaskId);
    }

    [Fact]
    public void Lowering_a_model_limit_live_holds_new_starts_until_under_it()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 3);
        f.Scheduler.Enqueue(Enumerable.Range(0, 6).Select(i => Item($"t{i}")));
        var running = f.TakeAll();
        Assert.Equal(3, running.Count);

        f.Scheduler.ConfigureModel("m1", new ModelLimits(1));
        running[0].Complete(LeaseOutcome.Succeeded);
        running[1].Complete(LeaseOutcome.Succeeded);
        f.AssertNothingReady();
        running[2].Complete(LeaseOutcome.Succeeded);
        Assert.Equal("t3", f.Take().TaskId);
        f.AssertNothingReady();
    }

    [Fact]
    public void Bad_limits_are_rejected_with_the_key_named()
    {
        var f = new SchedulerFixture();
        var model = Assert.Throws<ArgumentException>(() => f.Scheduler.ConfigureModel("gpt-x", new ModelLimits(0)));
        Assert.Contains("'gpt-x'", model.Message, StringComparison.Ordinal);
        var rpm = Assert.Throws<ArgumentException>(() => f.Scheduler.ConfigureModel("gpt-x", new ModelLimits(1, 0)));
        Assert.Contains("requests per minute", rpm.Message, StringComparison.Ordinal);
        var run = Assert.Throws<ArgumentException>(() => f.Scheduler.ConfigureRun("r9", new RunLimits { ModelConcurrency = new Dictionary<string, int> { ["m1"] = 0 } }));
        Assert.Contains("'r9'", run.Message, StringComparison.Ordinal);
        Assert.Contains("'m1'", run.Message, StringComparison.Ordinal);
    }
}
