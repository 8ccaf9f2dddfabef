using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class RateLimitTests
{
    [Fact]
    public void Sixty_requests_per_minute_start_one_per_second()
    {
        var f = new SchedulerFixture().WithModel("m1", requestsPerMinute: 60);
        f.Scheduler.Enqueue(Enumerable.Range(0, 5).Select(i => Item($"t{i}")));

        Assert.Single(f.TakeAll());
        f.Clock.Advance(TimeSpan.FromMilliseconds(999));
        f.AssertNothingReady();
        f.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("t1", f.Take().TaskId);
        f.AssertNothingReady();
    }

    [Fact]
    public void Starts_never_exceed_one_seconds_burst_plus_the_paced_rate()
    {
        // 120 per minute: a burst of 2 (one second's worth), then one start every 0.5 s.
        var f = new SchedulerFixture(globalConcurrency: 1000).WithModel("m1", maxConcurrency: 1000, requestsPerMinute: 120);
        f.Scheduler.Enqueue(Enumerable.Range(0, 500).Select(i => Item($"t{i}")));
        var started = 0;
        for (var step = 0; step <= 600; step++)
        {
            started += f.TakeAll().Count;
            var elapsed = TimeSpan.FromMilliseconds(100 * step);
            Assert.Equal(2 + (int)(elapsed / TimeSpan.FromMilliseconds(500)), started);
            f.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    [Fact]
    public void A_rate_limited_model_does_not_hold_back_other_models()
    {
        var f = new SchedulerFixture().WithModel("paced", requestsPerMinute: 1).WithModel("free");
        f.Scheduler.Enqueue(Item("p1", model: "paced"), Item("p2", model: "paced"), Item("f1", model: "free"), Item("f2", model: "free"));

        Assert.Equal(["p1", "f1", "f2"], f.TakeAll().Select(l => l.TaskId));
    }

    [Fact]
    public void A_run_override_of_requests_per_minute_paces_that_runs_tasks()
    {
        var f = new SchedulerFixture().WithModel("m1", requestsPerMinute: 60);
        f.Scheduler.ConfigureRun("fast", new RunLimits { ModelRequestsPerMinute = new Dictionary<string, int> { ["m1"] = 120 } });
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}", "fast")));

        Assert.Equal(2, f.TakeAll().Count);
        f.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Single(f.TakeAll());
    }

    [Fact]
    public void After_an_idle_spell_the_pacer_does_not_bank_more_than_one_burst()
    {
        var f = new SchedulerFixture().WithModel("m1", requestsPerMinute: 60);
        f.Scheduler.Enqueue(Item("t0"));
        f.Take().Complete(LeaseOutcome.Succeeded);
        f.Clock.Advance(TimeSpan.FromMinutes(10));
        f.Scheduler.Enqueue(Enumerable.Range(1, 5).Select(i => Item($"t{i}")));

        Assert.Single(f.TakeAll());
    }

    [Fact]
    public void A_two_step_task_spends_two_calls_of_the_rate()
    {
        var f = new SchedulerFixture().WithModel("m1", requestsPerMinute: 60);
        f.Scheduler.Enqueue(Enumerable.Range(0, 3).Select(i => new ScheduledItem($"t{i}", "r1", "m1", TaskPriority.Normal, calls: 2)));

        Assert.Single(f.TakeAll());
        f.Clock.Advance(TimeSpan.FromMilliseconds(1999));
        f.AssertNothingReady();
        f.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Single(f.TakeAll());
    }

    [Fact]
    public void A_scheduled_item_of_a_two_step_task_counts_two_calls_and_a_direct_one_one()
    {
        var created = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var twoStep = new BenchmarkTask("a", "a", created, "r1", PipelineKind.TwoStep, ["x", "y"], "m1", "NCT1", 0, TaskPriority.High);
        var direct = new BenchmarkTask("b", "b", created, "r1", PipelineKind.Direct, ["d"], "m1", "NCT1", 0);

        Assert.Equal(("a", "r1", "m1", TaskPriority.High, 2), Tuple(ScheduledItem.From(twoStep)));
        Assert.Equal(1, ScheduledItem.From(direct).Calls);
    }

    private static (string, string, string, TaskPriority, int) Tuple(ScheduledItem item) =>
        (item.TaskId, item.RunId, item.ModelKey, item.Priority, item.Calls);
}
