using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using static McodeBench.Core.Tasks.TrackedTaskStatus;
using static McodeBench.Engine.Tests.Controls.ControlsFixture;

namespace McodeBench.Engine.Tests.Controls;

public sealed class PauseResumeControlTests
{
    [Fact]
    public async Task Pausing_takes_waiting_tasks_out_of_the_scheduler_and_lets_running_ones_finish()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 5);
        var running = f.StartNext();

        var result = await f.Controls.PauseRunAsync("r1", Token);

        Assert.Equal(4, result.Changed);
        Assert.Contains("1 task running will finish", result.Summary, StringComparison.Ordinal);
        Assert.All(tasks.Skip(1), t => Assert.Equal(Paused, t.Status));
        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
        Assert.False(f.Leases[running.Id].CancellationToken.IsCancellationRequested);
        Assert.Equal(RunControlStatus.Paused, (await f.RunAsync("r1")).Status);

        f.Complete(running);
        Assert.Equal(Completed, running.Status);
        Assert.Empty(f.DrainOrder());
    }

    [Fact]
    public async Task Resuming_queues_paused_tasks_again_in_their_original_order()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 6);
        await f.Controls.ChangeTaskPriorityAsync(tasks[4].Id, TaskPriority.High, Token);
        await f.Controls.PauseRunAsync("r1", Token);

        var result = await f.Controls.ResumeRunAsync("r1", Token);

        Assert.Equal(6, result.Changed);
        Assert.All(tasks, t => Assert.Equal(Queued, t.Status));
        Assert.Equal(RunControlStatus.Active, (await f.RunAsync("r1")).Status);
        string[] expected = [tasks[4].Id, tasks[0].Id, tasks[1].Id, tasks[2].Id, tasks[3].Id, tasks[5].Id];
        Assert.Equal(expected, f.DrainOrder());
    }

    [Fact]
    public async Task Pausing_a_run_that_has_not_started_pauses_its_pending_tasks()
    {
        using var f = new ControlsFixture();
        var tasks = f.AddRun("r1", 3);

        await f.Controls.PauseRunAsync("r1", Token);
        Assert.All(tasks, t => Assert.Equal(Paused, t.Status));

        await f.Controls.ResumeRunAsync("r1", Token);
        Assert.Equal(tasks.Select(t => t.Id), f.DrainOrder());
    }

    [Fact]
    public async Task Pausing_a_paused_run_or_resuming_an_active_one_is_refused()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);

        var resumeActive = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ResumeRunAsync("r1", Token));
        await f.Controls.PauseRunAsync("r1", Token);
        var pauseTwice = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.PauseRunAsync("r1", Token));

        Assert.Contains("is Active, not paused", resumeActive.Message, StringComparison.Ordinal);
        Assert.Contains("already paused", pauseTwice.Message, StringComparison.Ordinal);
        Assert.Equal(RunControlStatus.Paused, (await f.RunAsync("r1")).Status);
    }

    [Fact]
    public async Task A_cancelled_or_finished_run_cannot_be_paused_or_resumed()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        await f.Controls.CancelRunAsync("r1", null, Token);
        await f.AddStartedRunAsync("r2", 1);
        f.Complete(f.StartNext());

        var pauseCancelled = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.PauseRunAsync("r1", Token));
        var resumeCancelled = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ResumeRunAsync("r1", Token));
        var pauseFinished = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.PauseRunAsync("r2", Token));

        Assert.Contains("was cancelled and cannot pause", pauseCancelled.Message, StringComparison.Ordinal);
        Assert.Contains("was cancelled and cannot resume", resumeCancelled.Message, StringComparison.Ordinal);
        Assert.Contains("nothing to pause", pauseFinished.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_dispatched_as_the_pause_arrives_runs_to_the_end()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 3);
        Assert.True(f.Scheduler.TryDequeue(out var lease));

        var result = await f.Controls.PauseRunAsync("r1", Token);

        Assert.Equal(2, result.Changed);
        Assert.Equal(Queued, tasks[0].Status); // its executor moves it to Running next
        Assert.False(lease.CancellationToken.IsCancellationRequested);
        f.Transitions.Apply(tasks[0], Running);
    }

    [Fact]
    public async Task Starting_a_run_queues_its_pending_tasks_once()
    {
        using var f = new ControlsFixture();
        var tasks = f.AddRun("r1", 3);

        var result = await f.Controls.StartRunAsync("r1", Token);
        var again = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.StartRunAsync("r1", Token));

        Assert.Equal(3, result.Changed);
        Assert.All(tasks, t => Assert.Equal(Queued, t.Status));
        Assert.Contains("no pending tasks", again.Message, StringComparison.Ordinal);
        Assert.Equal(tasks.Select(t => t.Id), f.DrainOrder());
    }
}
