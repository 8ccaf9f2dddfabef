using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

public abstract class TaskTransitionTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task AClaimStartsAnAttemptForThisWorker()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];

        Assert.Equal(TaskWriteResult.Written, await Db.Tasks.ClaimAsync(task, Token));

        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!;
        Assert.Equal((TrackedTaskStatus.Running, 1, Now), (stored.Task.Status, stored.Task.AttemptCount, stored.Task.StartedUtc));
        Assert.Equal("test-worker", stored.WorkerId);
        Assert.Equal(TrackedTaskStatus.Running, task.Status);
    }

    [Fact]
    public async Task AClaimOfATaskPausedMeanwhileConflictsAndTheTaskShowsTheStoredState()
    {
        await SeedRunAsync("run-1", 2);
        var offered = await Db.Tasks.QueuedAsync(2, cancellationToken: Token);
        await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Queued), TrackedTaskStatus.Paused, cancellationToken: Token);

        var result = await Db.Tasks.ClaimAsync(offered[0], Token);

        Assert.Equal(TaskWriteResult.Conflict, result);
        Assert.Equal((TrackedTaskStatus.Paused, 0), (offered[0].Status, offered[0].AttemptCount));
        Assert.Equal(TrackedTaskStatus.Paused, (await Db.Tasks.GetAsync(offered[0].Id, Token))!.Task.Status);
    }

    [Fact]
    public async Task AnIllegalChangeThrowsAndChangesNeitherTheTaskNorTheDatabase()
    {
        var task = (await SeedRunAsync("run-1", 1, queue: false))[0];

        var error = await Assert.ThrowsAsync<InvalidTaskTransitionException>(() => Db.Tasks.ClaimAsync(task, Token));
        await Assert.ThrowsAsync<InvalidTaskTransitionException>(() => Db.Tasks.TransitionAsync(task, TrackedTaskStatus.Completed, cancellationToken: Token));

        Assert.Contains("Pending", error.Message, StringComparison.Ordinal);
        Assert.Equal(TrackedTaskStatus.Pending, task.Status);
        Assert.Equal(TrackedTaskStatus.Pending, (await Db.Tasks.GetAsync(task.Id, Token))!.Task.Status);
    }

    [Fact]
    public async Task RunningTasksAreEndedOnlyThroughFinish()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(task, Token);

        await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.TransitionAsync(task, TrackedTaskStatus.Cancelled, cancellationToken: Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.FinishAsync(task, TrackedTaskStatus.Queued, AttemptOutcome.Nothing(), cancellationToken: Token));

        Assert.Equal(TaskWriteResult.Written, await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Cancelled, AttemptOutcome.Nothing(), "stopped by the user", Token));
        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!.Task;
        Assert.Equal((TrackedTaskStatus.Cancelled, "stopped by the user"), (stored.Status, stored.Error));
        Assert.Equal(AttemptEnd.Cancelled, Assert.Single(await Db.Tasks.AttemptsAsync(task.Id, Token)).EndedAs);
    }

    [Fact]
    public async Task AFinishFromAnAttemptThatWasRequeuedConflictsButItsAttemptIsKept()
    {
        var stale = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(stale, Token);
        // The engine "crashes": the attempt is requeued and another claim starts attempt 2.
        await Db.Tasks.RequeueInterruptedAsync(cancellationToken: Token);
        var fresh = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(fresh, Token);

        var result = await Db.Tasks.FinishAsync(stale, TrackedTaskStatus.Completed, TestData.Success(stale.TrialId, Clock.GetUtcNow()), cancellationToken: Token);

        Assert.Equal(TaskWriteResult.Conflict, result);
        Assert.Equal((TrackedTaskStatus.Running, 2), (stale.Status, stale.AttemptCount));
        var stored = (await Db.Tasks.GetAsync(fresh.Id, Token))!;
        Assert.Equal((TrackedTaskStatus.Running, 2), (stored.Task.Status, stored.Task.AttemptCount));
        Assert.Null(await Db.Tasks.PredictionAsync(fresh.Id, Token));
        Assert.Equal([AttemptEnd.Interrupted], (await Db.Tasks.AttemptsAsync(fresh.Id, Token)).Select(a => a.EndedAs));
    }

    [Fact]
    public async Task AFailureWithoutAnErrorTakesTheOutcomesMessage()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(task, Token);

        await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Failed, TestData.Failure(FailureClass.InvalidJson, "no JSON object in the output"), cancellationToken: Token);

        Assert.Equal("no JSON object in the output", (await Db.Tasks.GetAsync(task.Id, Token))!.Task.Error);
    }

    [Fact]
    public async Task PauseResumeAndCancelMoveWholeRunsThroughTheTransitions()
    {
        await SeedRunAsync("run-1", 4);
        await SeedRunAsync("other", 2);
        var running = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(running, Token);

        var paused = await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Pending, TrackedTaskStatus.Queued), TrackedTaskStatus.Paused, cancellationToken: Token);
        var counts = await Db.Tasks.CountByStatusAsync("run-1", Token);
        Assert.Equal(3, paused);
        Assert.Equal((3, 1), (counts[TrackedTaskStatus.Paused], counts[TrackedTaskStatus.Running]));
        Assert.Equal(2, (await Db.Tasks.CountByStatusAsync("other", Token))[TrackedTaskStatus.Queued]);

        var resumed = await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Paused), TrackedTaskStatus.Queued, cancellationToken: Token);
        Assert.Equal(3, resumed);

        var cancelled = await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Queued, TrackedTaskStatus.Paused), TrackedTaskStatus.Cancelled, "run cancelled", Token);
        Assert.Equal(3, cancelled);
        var after = await Db.Tasks.ListAsync(new TaskQuery { RunId = "run-1", Statuses = [TrackedTaskStatus.Cancelled] }, Token);
        Assert.All(after.Items, t => Assert.Equal(("run cancelled", Now), (t.Task.Error, t.Task.FinishedUtc)));
        Assert.Equal(TrackedTaskStatus.Running, (await Db.Tasks.GetAsync(running.Id, Token))!.Task.Status);
    }

    [Fact]
    public async Task RetryingOnlyTransientFailuresLeavesTheOthersFailed()
    {
        var tasks = await SeedRunAsync("run-1", 3);
        FailureClass[] failures = [FailureClass.RateLimited, FailureClass.SchemaViolation, FailureClass.Timeout];
        foreach (var (task, failure) in tasks.Zip(failures))
        {
            var claimed = (await Db.Tasks.GetAsync(task.Id, Token))!.Task;
            await Db.Tasks.ClaimAsync(claimed, Token);
            await Db.Tasks.FinishAsync(claimed, TrackedTaskStatus.Failed, TestData.Failure(failure), cancellationToken: Token);
        }

        var transient = Enum.GetValues<FailureClass>().Where(f => f.IsTransient()).ToList();
        var retried = await Db.Tasks.TransitionManyAsync(
            new TaskSelection { RunId = "run-1", Statuses = [TrackedTaskStatus.Failed], FailureClasses = transient }, TrackedTaskStatus.Queued, cancellationToken: Token);

        Assert.Equal(2, retried);
        Assert.Equal([tasks[0].Id, tasks[2].Id], (await Db.Tasks.QueuedAsync(10, cancellationToken: Token)).Select(t => t.Id));
        var stillFailed = (await Db.Tasks.GetAsync(tasks[1].Id, Token))!.Task;
        Assert.Equal((TrackedTaskStatus.Failed, FailureClass.SchemaViolation), (stillFailed.Status, stillFailed.FailureClass));
        var requeued = (await Db.Tasks.GetAsync(tasks[0].Id, Token))!;
        Assert.Equal((1, (DateTime?)null, (string?)null), (requeued.Task.AttemptCount, requeued.Task.FinishedUtc, requeued.Task.Error));
    }

    [Fact]
    public async Task BulkChangesThatTheTableForbidsAreRefusedWithTheLegalMoves()
    {
        await SeedRunAsync("run-1", 1);

        var fromRunning = await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Running), TrackedTaskStatus.Queued, cancellationToken: Token));
        var fromCompleted = await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Completed), TrackedTaskStatus.Queued, cancellationToken: Token));
        var toItself = await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Queued), TrackedTaskStatus.Queued, cancellationToken: Token));

        Assert.Contains("RequeueInterruptedAsync", fromRunning.Message, StringComparison.Ordinal);
        Assert.Contains("it is final", fromCompleted.Message, StringComparison.Ordinal);
        Assert.Contains("Running, Paused, Cancelled", toItself.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await Db.Tasks.CountByStatusAsync("run-1", Token))[TrackedTaskStatus.Queued]);
    }

    [Fact]
    public async Task ABulkChangeLargerThanOneChunkMovesEveryTask()
    {
        var count = TaskRepository.BulkChunkSize * 2 + 7;
        await SeedRunAsync("run-1", count, queue: false);

        var queued = await Db.Tasks.TransitionManyAsync(TaskSelection.OfRun("run-1", TrackedTaskStatus.Pending), TrackedTaskStatus.Queued, cancellationToken: Token);

        Assert.Equal(count, queued);
        Assert.Equal(count, (await Db.Tasks.CountByStatusAsync("run-1", Token))[TrackedTaskStatus.Queued]);
    }

    public sealed class OnSqlite() : TaskTransitionTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TaskTransitionTests(TestDatabaseKind.Postgres);
}
