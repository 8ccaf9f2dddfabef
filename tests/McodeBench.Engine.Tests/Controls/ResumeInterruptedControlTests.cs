using McodeBench.Engine.Controls;
using McodeBench.Engine.Scheduling;
using static McodeBench.Core.Tasks.TrackedTaskStatus;
using static McodeBench.Engine.Tests.Controls.ControlsFixture;

namespace McodeBench.Engine.Tests.Controls;

public sealed class ResumeInterruptedControlTests
{
    [Fact]
    public async Task After_a_crash_running_and_queued_tasks_are_queued_again_and_finished_ones_are_left_alone()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 6);
        var done = f.StartNext();
        f.StartNext();
        f.StartNext();
        f.Complete(done);
        var finishedAt = done.FinishedUtc;
        f.Restart();

        var result = await f.Controls.ResumeInterruptedAsync("r1", Token);

        Assert.Equal(5, result.Changed);
        Assert.Equal([Completed, Queued, Queued, Queued, Queued, Queued], tasks.Select(t => t.Status));
        Assert.Equal([1, 1, 1, 0, 0, 0], tasks.Select(t => t.AttemptCount));
        Assert.Equal(finishedAt, done.FinishedUtc);
        Assert.Equal(tasks.Skip(1).Select(t => t.Id), f.DrainOrder());
    }

    [Fact]
    public async Task Every_task_of_an_interrupted_run_finishes_exactly_once()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 10);
        for (var i = 0; i < 4; i++)
        {
            var task = f.StartNext();
            if (i % 2 == 0)
            {
                f.Complete(task);
            }
        }

        f.Restart();
        await f.Controls.ResumeInterruptedAsync("r1", Token);
        var completions = new Dictionary<string, int>();
        while (f.Scheduler.TryDequeue(out var lease))
        {
            f.Leases[lease.TaskId] = lease;
            var task = tasks.Single(t => t.Id == lease.TaskId);
            f.Transitions.Apply(task, Running);
            f.Complete(task);
            completions[task.Id] = completions.GetValueOrDefault(task.Id) + 1;
        }

        Assert.All(tasks, t => Assert.Equal(Completed, t.Status));
        Assert.Equal(8, completions.Count); // the two completed before the crash never run again
        Assert.All(completions.Values, n => Assert.Equal(1, n));
        Assert.Equal([1, 2, 1, 2, 1, 1, 1, 1, 1, 1], tasks.Select(t => t.AttemptCount));
    }

    [Fact]
    public async Task A_run_that_is_not_interrupted_is_refused()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 3);
        f.StartNext();

        var error = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ResumeInterruptedAsync("r1", Token));

        Assert.Contains("is not interrupted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupted_paused_run_keeps_its_stranded_tasks_paused()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 3);
        var running = f.StartNext();
        await f.Controls.PauseRunAsync("r1", Token);
        f.Restart();

        await f.Controls.ResumeInterruptedAsync("r1", Token);

        Assert.All(tasks, t => Assert.Equal(Paused, t.Status));
        Assert.Equal(1, running.AttemptCount);
        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
    }

    [Fact]
    public async Task An_interrupted_cancelled_run_ends_its_stranded_tasks_cancelled()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        var running = f.StartNext();
        await f.Controls.CancelRunAsync("r1", null, Token);
        Assert.Equal(Running, running.Status); // its executor died before it could stop
        f.Restart();

        var result = await f.Controls.ResumeInterruptedAsync("r1", Token);

        Assert.Equal(1, result.Changed);
        Assert.Equal(Cancelled, running.Status);
        Assert.Equal(0, f.Scheduler.GetCounters().Queued);
    }

    [Fact]
    public async Task Queued_tasks_missing_from_a_fresh_scheduler_are_found_without_any_running_task()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 2);
        f.Restart();
        Assert.False(f.Scheduler.TryDequeue(out SchedulerLease _));

        await f.Controls.ResumeInterruptedAsync("r1", Token);

        Assert.Equal(tasks.Select(t => t.Id), f.DrainOrder());
    }
}
