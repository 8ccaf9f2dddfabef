using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Runs;

/// <summary>The engine's supervisor marks a run Completed only if nothing changed it since it looked.</summary>
public abstract class RunCompletionTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task ARunningRunWhoseTasksAllFinishedIsCompletedWithItsFinishTime()
    {
        await SeedRunAsync("run-1", 3, queue: false);
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Running, Token);
        await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Pending), TrackedTaskStatus.Cancelled, cancellationToken: Token);

        Assert.True(await Db.Runs.CompleteIfFinishedAsync("run-1", Token));

        var run = await Db.Runs.GetAsync("run-1", Token);
        Assert.Equal((RunStatus.Completed, Now), (run!.Status, run.FinishedUtc));
    }

    [Fact]
    public async Task ARunCancelledMeanwhileStaysCancelled()
    {
        await SeedRunAsync("run-1", 3, queue: false);
        await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Pending), TrackedTaskStatus.Cancelled, cancellationToken: Token);
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Cancelled, Token);

        Assert.False(await Db.Runs.CompleteIfFinishedAsync("run-1", Token));

        Assert.Equal(RunStatus.Cancelled, (await Db.Runs.GetAsync("run-1", Token))!.Status);
    }

    [Theory]
    [InlineData(TrackedTaskStatus.Pending)]
    [InlineData(TrackedTaskStatus.Queued)]
    [InlineData(TrackedTaskStatus.Running)]
    [InlineData(TrackedTaskStatus.Paused)]
    public async Task ARunningRunWithATaskStillOpenStaysRunning(TrackedTaskStatus open)
    {
        var task = (await SeedRunAsync("run-1", 1, queue: open != TrackedTaskStatus.Pending)).Single();
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Running, Token);
        if (open == TrackedTaskStatus.Paused)
        {
            await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Queued), TrackedTaskStatus.Paused, cancellationToken: Token);
        }
        else if (open == TrackedTaskStatus.Running)
        {
            await Db.Tasks.ClaimAsync(task, Token);
        }

        Assert.Equal(1, (await Db.Tasks.CountByStatusAsync("run-1", Token))[open]);

        Assert.False(await Db.Runs.CompleteIfFinishedAsync("run-1", Token));

        Assert.Equal(RunStatus.Running, (await Db.Runs.GetAsync("run-1", Token))!.Status);
    }

    public sealed class OnSqlite() : RunCompletionTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RunCompletionTests(TestDatabaseKind.Postgres);
}
