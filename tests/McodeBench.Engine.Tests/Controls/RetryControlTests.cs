using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using static McodeBench.Core.Tasks.TrackedTaskStatus;
using static McodeBench.Engine.Tests.Controls.ControlsFixture;

namespace McodeBench.Engine.Tests.Controls;

public sealed class RetryControlTests
{
    /// <summary>Five tasks run: rate limited, invalid JSON, timeout, provider error, completed; <paramref name="waiting"/> more stay queued.</summary>
    private static async Task<(ControlsFixture F, List<BenchmarkTask> Tasks)> RunWithFailuresAsync(int waiting = 0)
    {
        var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 5 + waiting);
        var started = Enumerable.Range(0, 5).Select(_ => f.StartNext()).ToList();
        f.Fail(started[0], FailureClass.RateLimited);
        f.Fail(started[1], FailureClass.InvalidJson);
        f.Fail(started[2], FailureClass.Timeout);
        f.Fail(started[3], FailureClass.ProviderError);
        f.Complete(started[4]);

        // The rate-limited failure paused its model (default Retry-After); let that pause pass.
        f.Clock.Advance(TimeSpan.FromMinutes(1));
        return (f, tasks);
    }

    [Fact]
    public async Task Transient_only_retries_provider_rate_limit_and_timeout_failures_and_keeps_attempt_counts()
    {
        var (f, tasks) = await RunWithFailuresAsync();
        using var _ = f;

        var result = await f.Controls.RetryFailedAsync("r1", RetryScope.TransientOnly, Token);

        Assert.Equal(3, result.Changed);
        Assert.Contains("1 task left failed (not transient)", result.Summary, StringComparison.Ordinal);
        Assert.Equal([Queued, Failed, Queued, Queued, Completed], tasks.Select(t => t.Status));
        Assert.All(tasks, t => Assert.Equal(1, t.AttemptCount));
        Assert.Null(tasks[0].Error);
        Assert.Equal([tasks[0].Id, tasks[2].Id, tasks[3].Id], f.DrainOrder());
    }

    [Fact]
    public async Task Retrying_all_queues_every_failed_task_and_the_next_attempt_counts()
    {
        var (f, tasks) = await RunWithFailuresAsync();
        using var _ = f;

        var result = await f.Controls.RetryFailedAsync("r1", RetryScope.AllFailed, Token);
        var again = f.StartNext();

        Assert.Equal(4, result.Changed);
        Assert.Equal(tasks[0], again);
        Assert.Equal(2, again.AttemptCount);
        Assert.Equal(Completed, tasks[4].Status);
    }

    [Fact]
    public async Task With_nothing_failed_a_retry_changes_nothing_and_says_so()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 1);
        f.Complete(f.StartNext());

        var result = await f.Controls.RetryFailedAsync("r1", RetryScope.AllFailed, Token);

        Assert.Equal(0, result.Changed);
        Assert.Contains("no failed tasks to retry", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failures_with_no_recorded_class_are_not_taken_for_transient()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 1);
        var task = f.StartNext();
        f.Transitions.Apply(task, Failed, "executor crashed on a bug");

        var result = await f.Controls.RetryFailedAsync("r1", RetryScope.TransientOnly, Token);

        Assert.Equal(0, result.Changed);
        Assert.Equal(Failed, task.Status);
    }

    [Fact]
    public async Task Retrying_in_a_paused_run_holds_the_tasks_paused_until_resume()
    {
        var (f, tasks) = await RunWithFailuresAsync(waiting: 1);
        using var _ = f;
        await f.Controls.PauseRunAsync("r1", Token);

        var result = await f.Controls.RetryFailedAsync("r1", RetryScope.TransientOnly, Token);

        Assert.Equal(3, result.Changed);
        Assert.Contains("paused until the run is resumed", result.Summary, StringComparison.Ordinal);
        Assert.Equal([Paused, Failed, Paused, Paused], tasks.Take(4).Select(t => t.Status));
        Assert.Equal(0, f.Scheduler.GetCounters().Queued);

        await f.Controls.ResumeRunAsync("r1", Token);
        Assert.Equal([tasks[0].Id, tasks[2].Id, tasks[3].Id, tasks[5].Id], f.DrainOrder());
    }

    [Fact]
    public async Task A_cancelled_run_refuses_a_retry()
    {
        var (f, tasks) = await RunWithFailuresAsync();
        using var _ = f;
        f.AddRun("r2", 1);
        await f.Controls.CancelRunAsync("r2", null, Token);

        var error = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.RetryFailedAsync("r2", RetryScope.AllFailed, Token));

        Assert.Contains("was cancelled and cannot retry", error.Message, StringComparison.Ordinal);
        Assert.Equal(Failed, tasks[0].Status);
    }
}
