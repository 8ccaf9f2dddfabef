using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

public abstract class CrashRecoveryTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task TasksLeftRunningGoBackToTheQueueInTheirPlaceWithTheirAttemptRecorded()
    {
        var tasks = await SeedRunAsync("run-1", 4);
        var claimed = await Db.Tasks.QueuedAsync(2, cancellationToken: Token);
        foreach (var task in claimed)
        {
            await Db.Tasks.ClaimAsync(task, Token);
        }

        var done = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(done, Token);
        await Db.Tasks.FinishAsync(done, TrackedTaskStatus.Completed, TestData.Success(done.TrialId, Clock.GetUtcNow()), cancellationToken: Token);
        await Db.DisposeAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        // A new process opens the same database.
        await using var restarted = await Database.OpenAsync(Clock, "worker-2", Token);
        var requeued = await restarted.Tasks.RequeueInterruptedAsync(cancellationToken: Token);

        Assert.Equal(2, requeued);
        Assert.Equal([tasks[0].Id, tasks[1].Id, tasks[3].Id], (await restarted.Tasks.QueuedAsync(10, cancellationToken: Token)).Select(t => t.Id));
        var recovered = (await restarted.Tasks.GetAsync(tasks[0].Id, Token))!;
        Assert.Equal((TrackedTaskStatus.Queued, 1, (string?)null, 1L), (recovered.Task.Status, recovered.Task.AttemptCount, recovered.WorkerId, recovered.Sequence));
        var attempt = Assert.Single(await restarted.Tasks.AttemptsAsync(tasks[0].Id, Token));
        Assert.Equal((1, AttemptEnd.Interrupted, "test-worker", Now), (attempt.AttemptNumber, attempt.EndedAs, attempt.WorkerId, attempt.FinishedUtc));
        Assert.Equal(TrackedTaskStatus.Completed, (await restarted.Tasks.GetAsync(done.Id, Token))!.Task.Status);
        Assert.Equal(0, await restarted.Tasks.RequeueInterruptedAsync(cancellationToken: Token));
    }

    [Fact]
    public async Task RecoveryCanBeLimitedToOneWorker()
    {
        await SeedRunAsync("run-1", 2);
        var mine = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(mine, Token);
        await using var other = await Database.OpenAsync(Clock, "other-worker", Token);
        var theirs = (await other.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await other.Tasks.ClaimAsync(theirs, Token);

        Assert.Equal(1, await Db.Tasks.RequeueInterruptedAsync("other-worker", Token));

        Assert.Equal(TrackedTaskStatus.Running, (await Db.Tasks.GetAsync(mine.Id, Token))!.Task.Status);
        Assert.Equal(TrackedTaskStatus.Queued, (await Db.Tasks.GetAsync(theirs.Id, Token))!.Task.Status);
    }

    [Fact]
    public async Task ARecoveredTaskRunsAgainAsItsSecondAttempt()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(task, Token);
        await Db.Tasks.RequeueInterruptedAsync(cancellationToken: Token);

        var again = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(again, Token);
        await Db.Tasks.FinishAsync(again, TrackedTaskStatus.Completed, TestData.Success(again.TrialId, Clock.GetUtcNow()), cancellationToken: Token);

        Assert.Equal([(1, AttemptEnd.Interrupted), (2, AttemptEnd.Completed)], (await Db.Tasks.AttemptsAsync(task.Id, Token)).Select(a => (a.AttemptNumber, a.EndedAs)));
        Assert.NotNull(await Db.Tasks.PredictionAsync(task.Id, Token));
    }

    public sealed class OnSqlite() : CrashRecoveryTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : CrashRecoveryTests(TestDatabaseKind.Postgres);
}
