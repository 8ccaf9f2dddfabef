using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using static McodeBench.Engine.Tests.Controls.ControlsFixture;

namespace McodeBench.Engine.Tests.Controls;

public sealed class PriorityControlTests
{
    [Fact]
    public async Task Raising_a_runs_priority_reorders_its_queued_tasks_ahead_of_older_runs()
    {
        using var f = new ControlsFixture();
        var first = await f.AddStartedRunAsync("r1", 3);
        var second = await f.AddStartedRunAsync("r2", 3);

        var result = await f.Controls.ChangeRunPriorityAsync("r2", TaskPriority.High, Token);

        Assert.Equal(3, result.Changed);
        Assert.All(second, t => Assert.Equal(TaskPriority.High, t.Priority));
        Assert.Equal(TaskPriority.High, (await f.RunAsync("r2")).Priority);
        Assert.Equal(second.Concat(first).Select(t => t.Id), f.DrainOrder());
    }

    [Fact]
    public async Task A_runs_new_priority_carries_over_to_tasks_retried_later()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 1);
        var failed = f.StartNext();
        f.Fail(failed, FailureClass.Timeout);

        await f.Controls.ChangeRunPriorityAsync("r1", TaskPriority.Critical, Token);
        await f.Controls.RetryFailedAsync("r1", RetryScope.AllFailed, Token);

        Assert.True(f.Scheduler.TryDequeue(out var lease));
        Assert.Equal(TaskPriority.Critical, lease.Item.Priority);
    }

    [Fact]
    public async Task Raising_one_task_sends_it_to_the_front()
    {
        using var f = new ControlsFixture();
        var tasks = await f.AddStartedRunAsync("r1", 4);

        var result = await f.Controls.ChangeTaskPriorityAsync(tasks[3].Id, TaskPriority.Critical, Token);
        var same = await f.Controls.ChangeTaskPriorityAsync(tasks[3].Id, TaskPriority.Critical, Token);

        Assert.Equal((1, 0), (result.Changed, same.Changed));
        Assert.Equal(TaskPriority.Critical, tasks[3].Priority);
        Assert.Equal([tasks[3].Id, tasks[0].Id, tasks[1].Id, tasks[2].Id], f.DrainOrder());
    }

    [Fact]
    public async Task Finished_tasks_unknown_tasks_and_cancelled_runs_refuse_a_priority_change()
    {
        using var f = new ControlsFixture();
        await f.AddStartedRunAsync("r1", 2);
        var done = f.StartNext();
        f.Complete(done);
        await f.Controls.CancelRunAsync("r1", null, Token);

        var onDone = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ChangeTaskPriorityAsync(done.Id, TaskPriority.High, Token));
        var onUnknown = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ChangeTaskPriorityAsync("x", TaskPriority.High, Token));
        var onRun = await Assert.ThrowsAsync<RunControlException>(() => f.Controls.ChangeRunPriorityAsync("r1", TaskPriority.High, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => f.Controls.ChangeRunPriorityAsync("r1", (TaskPriority)42, Token));

        Assert.Contains("is Completed", onDone.Message, StringComparison.Ordinal);
        Assert.Contains("'x'", onUnknown.Message, StringComparison.Ordinal);
        Assert.Contains("cancelled", onRun.Message, StringComparison.Ordinal);
        Assert.Equal(TaskPriority.Normal, done.Priority);
    }
}
