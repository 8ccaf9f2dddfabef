using McodeBench.Engine.Controls;
using McodeBench.Engine.Scheduling;
using static McodeBench.Core.Tasks.TrackedTaskStatus;
using static McodeBench.Engine.Tests.Controls.ControlsFixture;

namespace McodeBench.Engine.Tests.Controls;

public sealed class CancelControlTests
{
    [Fact]
    public async Task Cancelling_a_run_cancels_waiting_tasks_signals_running_ones_and_keeps_finished_results()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 6);
        var done = f.StartNext();
        var running = f.StartNext();
        f.Complete(done);

        var result = await f.Controls.CancelRunAsync("r1", null, Token);

        Assert.Equal((4, 1), (result.Changed, result.SignalledRunning));
        Assert.Equal(Completed, done.Status);
        Assert.Equal(Running, running.Status);
        Assert.True(f.Leases[running.Id].CancellationToken.IsCancellationRequested);
        Assert.All(tasks.Skip(2), t =>
        {
            Assert.Equal(Cancelled, t.Status);
            Assert.Equal("run 'r1' cancelled", t.Error);
            Assert.NotNull(t.FinishedUtc);
        });
        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
        Assert.Equal(RunControlStatus.Cancelled, (await f.RunAsync("r1")).Status);

        // The executor notices its token and ends the task Cancelled.
        f.Transitions.Apply(running, Cancelled, f.Leases[running.Id].CancellationReason);
        f.Leases[running.Id].Complete(LeaseOutcome.Cancelled);
        Assert.Equal("run 'r1' cancelled", running.Error);
    }

    [Fact]
    public async Task Cancelling_a_run_cancels_pending_and_paused_tasks_too()
    {
        using var f = new ControlsFixture();
        var paused = await f.AddStartedRunAsync("r1", 3);
        await f.Controls.PauseRunAsync("r1", Token);
        var pending = f.AddRun("r2", 2);

        await f.Controls.CancelRunAsync("r1", "not needed", Token);
        await f.Controls.CancelRunAsync("r2", null, Token);

        Assert.All(paused.Concat(pending), t => Assert.Equal(Cancelled, t.Status));
        Assert.All(paused, t => Assert.Equal("not needed", t.Error));
        Assert.All(pending, t => Assert.Null(t.StartedUtc));
    }

    [Fact]
    public async Task Cancelling_a_run_twice_a_finished_run_or_an_unknown_run_is_refused()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        await f.Controls.CancelRunAsync("r1", null, Token);
        var finished = await f.AddStartedRunAsync("r2", 1);
        f.Complete(f.StartNext());

        var twice = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelRunAsync("r1", null, Token));
        var done = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelRunAsync("r2", null, Token));
        var unknown = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelRunAsync("nope", null, Token));

        Assert.Contains("already cancelled", twice.Message, StringComparison.Ordinal);
        Assert.Contains("nothing to cancel", done.Message, StringComparison.Ordinal);
        Assert.Contains("No run has id 'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(Completed, finished[0].Status);
        Assert.Equal(RunControlStatus.Active, (await f.RunAsync("r2")).Status);
    }

    [Fact]
    public async Task Cancelling_a_queued_task_takes_it_out_of_the_queue_and_leaves_the_others()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 3);
        var saves = f.Store.Saves;

        var result = await f.Controls.CancelTaskAsync(tasks[1].Id, null, Token);

        Assert.Equal((1, 0), (result.Changed, result.SignalledRunning));
        Assert.Equal(Cancelled, tasks[1].Status);
        Assert.Equal(saves + 1, f.Store.Saves);
        Assert.Equal([tasks[0].Id, tasks[2].Id], f.DrainOrder());
    }

    [Fact]
    public async Task Cancelling_a_running_task_cancels_its_token_and_leaves_the_status_to_its_executor()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        var running = f.StartNext();

        var result = await f.Controls.CancelTaskAsync(running.Id, "too slow", Token);

        Assert.Equal((0, 1), (result.Changed, result.SignalledRunning));
        Assert.Equal(Running, running.Status);
        Assert.True(f.Leases[running.Id].CancellationToken.IsCancellationRequested);
        Assert.Equal("too slow", f.Leases[running.Id].CancellationReason);
    }

    [Fact]
    public async Task A_task_dispatched_but_not_yet_marked_running_is_signalled_not_moved()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 2);
        Assert.True(f.Scheduler.TryDequeue(out var lease));

        var result = await f.Controls.CancelTaskAsync(tasks[0].Id, null, Token);

        Assert.Equal(1, result.SignalledRunning);
        Assert.Equal(Queued, tasks[0].Status);
        Assert.True(lease.CancellationToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_running_task_left_without_an_executor_by_a_crash_is_cancelled_at_once()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        var stranded = f.StartNext();
        f.Restart();

        var result = await f.Controls.CancelTaskAsync(stranded.Id, null, Token);

        Assert.Equal(1, result.Changed);
        Assert.Equal(Cancelled, stranded.Status);
    }

    [Fact]
    public async Task Cancelling_a_finished_or_unknown_task_is_refused_and_changes_nothing()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 3);
        var completed = f.StartNext();
        var failed = f.StartNext();
        f.Complete(completed);
        f.Fail(failed, Core.Pipelines.FailureClass.InvalidJson);

        var onCompleted = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelTaskAsync(completed.Id, null, Token));
        var onFailed = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelTaskAsync(failed.Id, null, Token));
        var unknown = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.CancelTaskAsync("r1/t99", null, Token));

        Assert.Contains("is Completed", onCompleted.Message, StringComparison.Ordinal);
        Assert.Contains("is Failed", onFailed.Message, StringComparison.Ordinal);
        Assert.Contains("'r1/t99'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((Completed, Failed), (completed.Status, failed.Status));
    }
}
