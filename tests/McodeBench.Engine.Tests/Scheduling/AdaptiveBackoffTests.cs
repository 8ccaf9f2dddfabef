using McodeBench.Core.Pipelines;
using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class AdaptiveBackoffTests
{
    [Fact]
    public void A_429_halves_what_was_in_flight_once_per_episode()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 8);
        f.Scheduler.Enqueue(Enumerable.Range(0, 20).Select(i => Item($"t{i}")));
        var running = f.TakeAll();
        Assert.Equal(8, running.Count);

        running[0].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        Assert.Equal(4, f.Model("m1").ConcurrencyWindow);

        // The other calls were sent under the old window: their 429s are the same signal, not further halvings.
        running[1].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        running[2].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        running[3].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        Assert.Equal(4, f.Model("m1").ConcurrencyWindow);
        Assert.Equal(4, f.Model("m1").RateLimitReports);

        f.AssertNothingReady(); // 4 in flight, window 4
        running[4].Complete(LeaseOutcome.Failed);
        var sentUnderNewWindow = f.Take();
        f.AssertNothingReady();

        // A call sent after the cut that is refused again starts a new episode.
        sentUnderNewWindow.Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        Assert.Equal(2, f.Model("m1").ConcurrencyWindow);
    }

    [Fact]
    public void The_window_never_drops_below_one()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 2);
        f.Scheduler.Enqueue(Enumerable.Range(0, 5).Select(i => Item($"t{i}")));
        for (var round = 0; round < 3; round++)
        {
            f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
            Assert.Equal(1, f.Model("m1").ConcurrencyWindow);
        }

        Assert.Single(f.TakeAll());
    }

    [Fact]
    public void Retry_after_pauses_the_model_until_it_ends_but_not_other_models()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 4).WithModel("m2");
        f.Scheduler.Enqueue(Item("t0"), Item("t1"), Item("t2"));
        var started = f.Clock.GetUtcNow();
        f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.FromSeconds(30)));
        Assert.Equal(started.AddSeconds(30), f.Model("m1").PausedUntil);

        f.Scheduler.Enqueue(Item("other", model: "m2"));
        Assert.Equal("other", f.Take().TaskId);
        f.Clock.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        f.AssertNothingReady();
        f.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal("t1", f.Take().TaskId);
        Assert.Null(f.Model("m1").PausedUntil);
    }

    [Fact]
    public void A_429_without_retry_after_pauses_for_the_default_and_huge_values_are_capped()
    {
        var options = new SchedulerOptions { DefaultRetryAfter = TimeSpan.FromSeconds(2), MaxRetryAfter = TimeSpan.FromMinutes(1) };
        var f = new SchedulerFixture(options: options).WithModel("m1").WithModel("m2");
        f.Scheduler.Enqueue(Item("a"), Item("b", model: "m2"));
        var now = f.Clock.GetUtcNow();
        f.Take().Complete(LeaseOutcome.RateLimited());
        f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.FromHours(6)));

        Assert.Equal(now.AddSeconds(2), f.Model("m1").PausedUntil);
        Assert.Equal(now.AddMinutes(1), f.Model("m2").PausedUntil);
    }

    [Fact]
    public void Successes_recover_the_window_additively_until_the_configured_limit()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 8);
        f.Scheduler.Enqueue(Enumerable.Range(0, 200).Select(i => Item($"t{i}")));
        var running = f.TakeAll();
        running[0].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        foreach (var lease in running.Skip(1))
        {
            lease.Complete(LeaseOutcome.Failed);
        }

        // The documented rule, computed here on its own: W += 1/W per success until W >= the limit.
        var expected = 4.0;
        var successes = 0;
        while (expected < 8)
        {
            f.Take().Complete(LeaseOutcome.Succeeded);
            expected += 1 / expected;
            successes++;
            var window = f.Model("m1").ConcurrencyWindow;
            if (expected < 8)
            {
                Assert.Equal((int)Math.Floor(expected), window);
            }
            else
            {
                Assert.Null(window);
            }
        }

        Assert.Equal(24, successes); // about (8² − 4²) / 2: additive, not a jump back to the limit (docs/scheduling.md)
        Assert.Equal(8, f.TakeAll().Count);
    }

    [Fact]
    public void A_success_from_a_run_with_a_lower_model_limit_does_not_end_the_backoff()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 8);
        f.Scheduler.ConfigureRun("narrow", new RunLimits { ModelConcurrency = new Dictionary<string, int> { ["m1"] = 1 } });
        f.Scheduler.Enqueue(Enumerable.Range(0, 8).Select(i => Item($"t{i}")));
        var running = f.TakeAll();
        running[0].Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        foreach (var lease in running.Skip(1))
        {
            lease.Complete(LeaseOutcome.Failed);
        }

        f.Scheduler.Enqueue(Item("n1", "narrow"));
        f.Take().Complete(LeaseOutcome.Succeeded);

        Assert.Equal(4, f.Model("m1").ConcurrencyWindow);
    }

    [Fact]
    public void A_429_halves_the_rate_and_successes_add_one_request_per_minute_each()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 10, requestsPerMinute: 60);
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}")));
        f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        Assert.Equal(30, f.Model("m1").EffectiveRequestsPerMinute);

        // The first start was due again at +1 s; from then starts are 2 s apart (30 per minute).
        // (Completed as neutral failures so only the pacer, not the halved concurrency window, decides.)
        f.Clock.Advance(TimeSpan.FromSeconds(1));
        f.Take().Complete(LeaseOutcome.Failed);
        f.Clock.Advance(TimeSpan.FromMilliseconds(1999));
        f.AssertNothingReady();
        f.Clock.Advance(TimeSpan.FromMilliseconds(1));
        f.Take().Complete(LeaseOutcome.Succeeded);
        Assert.Equal(31, f.Model("m1").EffectiveRequestsPerMinute!.Value, precision: 9);
    }

    [Fact]
    public void Repeated_429s_keep_the_rate_above_its_floor()
    {
        var options = new SchedulerOptions { MinimumRateFactor = 0.25 };
        var f = new SchedulerFixture(options: options).WithModel("m1", requestsPerMinute: 600);
        f.Scheduler.Enqueue(Enumerable.Range(0, 10).Select(i => Item($"t{i}")));
        for (var round = 0; round < 5; round++)
        {
            f.Clock.Advance(TimeSpan.FromMinutes(1));
            f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.Zero));
        }

        Assert.Equal(150, f.Model("m1").EffectiveRequestsPerMinute);
    }

    [Fact]
    public void A_429_reported_while_the_task_goes_on_backs_the_model_off_at_once()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 4);
        f.Scheduler.Enqueue(Enumerable.Range(0, 6).Select(i => Item($"t{i}")));
        var running = f.TakeAll();

        running[0].ReportRateLimited(TimeSpan.FromSeconds(5));
        Assert.Equal(2, f.Model("m1").ConcurrencyWindow);
        Assert.NotNull(f.Model("m1").PausedUntil);
        Assert.Equal(4, f.Scheduler.GetCounters().InFlight);

        running[0].Complete(LeaseOutcome.Succeeded);
        Assert.Throws<InvalidOperationException>(() => running[0].ReportRateLimited());
    }

    [Fact]
    public void Backoff_of_one_model_leaves_the_others_alone()
    {
        var f = new SchedulerFixture().WithModel("m1", maxConcurrency: 4).WithModel("m2", maxConcurrency: 4);
        f.Scheduler.Enqueue(Item("a", model: "m1"), Item("b", model: "m2"));
        f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.FromSeconds(10)));

        Assert.Null(f.Model("m2").ConcurrencyWindow);
        Assert.Null(f.Model("m2").PausedUntil);
        Assert.Equal("b", f.Take().TaskId);
    }

    [Theory]
    [InlineData(FailureClass.RateLimited, LeaseOutcomeKind.RateLimited)]
    [InlineData(FailureClass.Cancelled, LeaseOutcomeKind.Cancelled)]
    [InlineData(FailureClass.Timeout, LeaseOutcomeKind.Failed)]
    [InlineData(FailureClass.InvalidJson, LeaseOutcomeKind.Failed)]
    public void Failure_classes_map_to_lease_outcomes(FailureClass failure, LeaseOutcomeKind expected) =>
        Assert.Equal(expected, LeaseOutcome.FromFailure(failure).Kind);
}
