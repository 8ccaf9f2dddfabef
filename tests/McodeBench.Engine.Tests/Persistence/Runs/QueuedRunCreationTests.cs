using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Runs;

/// <summary><see cref="RunRepository.CreateQueuedAsync"/>: a run admitted Running with its tasks Queued, in one transaction.</summary>
public abstract class QueuedRunCreationTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task AnAdmittedRunIsRunningWithEveryTaskQueuedInOrder()
    {
        Clock.Advance(TimeSpan.FromSeconds(3));

        var stored = await Db.Runs.CreateQueuedAsync(TestData.Run("run-1", Now.AddSeconds(-3)), TestData.Tasks("run-1", 2_500, Now.AddSeconds(-3)), Token);

        var run = (await Db.Runs.GetAsync("run-1", Token))!;
        Assert.Equal(2_500, stored);
        Assert.Equal((RunStatus.Running, 2_500, Now, (DateTime?)null), (run.Status, run.TaskCount, run.StartedUtc, run.FinishedUtc));
        var counts = await Db.Tasks.CountByStatusAsync("run-1", Token);
        Assert.Equal((2_500, 2_500), (counts[TrackedTaskStatus.Queued], counts.Values.Sum()));
        var next = await Db.Tasks.QueuedAsync(3, cancellationToken: Token);
        Assert.Equal(TestData.Tasks("run-1", 3, Now).Select(t => t.Id), next.Select(t => t.Id));
        Assert.All(next, task => Assert.Equal((TrackedTaskStatus.Queued, 0, (DateTime?)null), (task.Status, task.AttemptCount, task.StartedUtc)));
    }

    [Fact]
    public async Task AFailureAfterSeveralChunksLeavesNoTraceOfTheRun()
    {
        IEnumerable<BenchmarkTask> Tasks()
        {
            foreach (var task in TestData.Tasks("run-1", 2_500, Now))
            {
                yield return task;
            }

            throw new IOException("the trials folder went away");
        }

        await Assert.ThrowsAsync<IOException>(() => Db.Runs.CreateQueuedAsync(TestData.Run("run-1", Now), Tasks(), Token));

        Assert.Null(await Db.Runs.GetAsync("run-1", Token));
        Assert.Equal(0, (await Db.Tasks.CountByStatusAsync(null, Token)).Values.Sum());
        Assert.Empty(await Db.Tasks.QueuedAsync(10, cancellationToken: Token));
    }

    [Fact]
    public async Task ATaskThatIsNotPendingStoresNothing()
    {
        var late = TestData.Task("run-1", 1_200, Now);
        Transitions.Apply(late, TrackedTaskStatus.Queued);
        var tasks = TestData.Tasks("run-1", 1_200, Now).Append(late);

        var error = await Assert.ThrowsAsync<InvalidTaskTransitionException>(() => Db.Runs.CreateQueuedAsync(TestData.Run("run-1", Now), tasks, Token));

        Assert.Contains(late.Id, error.Message, StringComparison.Ordinal);
        Assert.Null(await Db.Runs.GetAsync("run-1", Token));
        Assert.Equal(0, (await Db.Tasks.CountByStatusAsync(null, Token)).Values.Sum());
    }

    [Fact]
    public async Task AnExistingRunIdIsRefusedAndKeepsItsTasks()
    {
        await SeedRunAsync("run-1", 2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Db.Runs.CreateQueuedAsync(TestData.Run("run-1", Now), TestData.Tasks("run-1", 5, Now), Token));

        Assert.Contains("Run 'run-1' already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal((RunStatus.Pending, 2), ((await Db.Runs.GetAsync("run-1", Token))!.Status, (await Db.Runs.GetAsync("run-1", Token))!.TaskCount));
    }

    [Fact]
    public async Task TheTasksAreReadOnce()
    {
        var enumerations = 0;
        var built = 0;
        IEnumerable<BenchmarkTask> Tasks()
        {
            enumerations++;
            for (var i = 0; i < 3_000; i++)
            {
                built++;
                yield return TestData.Task("run-1", i, Now);
            }
        }

        Assert.Equal(3_000, await Db.Runs.CreateQueuedAsync(TestData.Run("run-1", Now), Tasks(), Token));
        Assert.Equal((1, 3_000), (enumerations, built));
    }

    public sealed class OnSqlite() : QueuedRunCreationTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : QueuedRunCreationTests(TestDatabaseKind.Postgres);
}
