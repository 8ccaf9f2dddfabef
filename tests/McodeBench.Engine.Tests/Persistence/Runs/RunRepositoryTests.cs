using System.Text.Json;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Runs;

public abstract class RunRepositoryTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task ARunComesBackWithItsFullSpecAndLibraryVersions()
    {
        var run = TestData.Run("run-1", Now, TaskPriority.High);
        await Db.Runs.CreateAsync(run, TestData.Tasks("run-1", 2, Now), Token);

        var stored = await Db.Runs.GetAsync("run-1", Token);

        Assert.NotNull(stored);
        Assert.Equal(JsonSerializer.Serialize(run.Spec, PersistenceJson.Options), JsonSerializer.Serialize(stored.Spec, PersistenceJson.Options));
        Assert.Equal(run.Spec.ModelConcurrency, stored.Spec.ModelConcurrency);
        Assert.Equal(run.Spec.Ranking, stored.Spec.Ranking);
        Assert.Equal(run.LibraryVersions, stored.LibraryVersions);
        Assert.Equal(("run run-1", RunStatus.Pending, TaskPriority.High, 2), (stored.Name, stored.Status, stored.Priority, stored.TaskCount));
        Assert.Equal(Now, stored.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Null(await Db.Runs.GetAsync("no-such-run", Token));
    }

    [Fact]
    public async Task TenThousandTasksAreStoredInOneRun()
    {
        var stored = await Db.Runs.CreateAsync(TestData.Run("big", Now), TestData.Tasks("big", 10_000, Now), Token);

        Assert.Equal(10_000, stored);
        Assert.Equal(10_000, (await Db.Runs.GetAsync("big", Token))!.TaskCount);
        Assert.Equal(10_000, (await Db.Tasks.CountByStatusAsync("big", Token))[TrackedTaskStatus.Pending]);
    }

    [Fact]
    public async Task TheTasksAreReadOnceInOrderAndNumberedInThatOrder()
    {
        var enumerations = 0;
        IEnumerable<BenchmarkTask> Tasks()
        {
            enumerations++;
            foreach (var task in TestData.Tasks("run-1", 2_500, Now))
            {
                yield return task;
            }
        }

        await Db.Runs.CreateAsync(TestData.Run("run-1", Now), Tasks(), Token);
        var page = await Db.Tasks.ListAsync(new() { RunId = "run-1", Limit = 3_000 }, Token);

        Assert.Equal(1, enumerations);
        Assert.Equal(TestData.Tasks("run-1", 2_500, Now).Select(t => t.Id), page.Items.Select(t => t.Task.Id));
        Assert.Equal(Enumerable.Range(1, 2_500).Select(i => (long)i), page.Items.Select(t => t.Sequence));
    }

    [Fact]
    public async Task ATaskOfAnotherRunStoresNothingAtAll()
    {
        var tasks = TestData.Tasks("run-1", 1_500, Now).Append(TestData.Task("run-2", 0, Now));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Db.Runs.CreateAsync(TestData.Run("run-1", Now), tasks, Token));

        Assert.Contains("belongs to run 'run-2'", error.Message, StringComparison.Ordinal);
        Assert.Null(await Db.Runs.GetAsync("run-1", Token));
        Assert.Equal(0, (await Db.Tasks.CountByStatusAsync(null, Token)).Values.Sum());
    }

    [Fact]
    public async Task ARunIdIsStoredOnlyOnce()
    {
        await SeedRunAsync("run-1", 2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Db.Runs.CreateAsync(TestData.Run("run-1", Now), TestData.Tasks("run-1", 5, Now), Token));

        Assert.Contains("Run 'run-1' already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Db.Runs.GetAsync("run-1", Token))!.TaskCount);
    }

    [Fact]
    public async Task StatusChangesRecordStartAndFinishTimes()
    {
        await SeedRunAsync("run-1", 1);
        var created = Now;

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Db.Runs.SetStatusAsync("run-1", RunStatus.Running, Token));
        var started = Now;
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Paused, Token);
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Running, Token);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Db.Runs.SetStatusAsync("run-1", RunStatus.Completed, Token);

        var run = (await Db.Runs.GetAsync("run-1", Token))!;
        Assert.Equal((RunStatus.Completed, created, started, Now), (run.Status, run.CreatedUtc, run.StartedUtc, run.FinishedUtc));
        Assert.False(await Db.Runs.SetStatusAsync("no-such-run", RunStatus.Running, Token));
    }

    [Fact]
    public async Task APriorityChangeReachesTheRunAndItsUnfinishedTasksOnly()
    {
        var tasks = await SeedRunAsync("run-1", 3);
        var done = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(done, Token);
        await Db.Tasks.FinishAsync(done, TrackedTaskStatus.Completed, TestData.Success(done.TrialId, Clock.GetUtcNow()), cancellationToken: Token);

        var changed = await Db.Runs.SetPriorityAsync("run-1", TaskPriority.Critical, Token);

        Assert.Equal(2, changed);
        Assert.Equal(TaskPriority.Critical, (await Db.Runs.GetAsync("run-1", Token))!.Priority);
        Assert.Equal(TaskPriority.Normal, (await Db.Tasks.GetAsync(done.Id, Token))!.Task.Priority);
        Assert.Equal(TaskPriority.Critical, (await Db.Tasks.GetAsync(tasks[2].Id, Token))!.Task.Priority);
    }

    [Fact]
    public async Task RunsAreListedNewestFirstByDefaultAndCanBeFilteredAndSorted()
    {
        foreach (var id in new[] { "run-a", "run-b", "run-c" })
        {
            await Db.Runs.CreateAsync(TestData.Run(id, Now), [], Token);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await Db.Runs.SetStatusAsync("run-b", RunStatus.Running, Token);

        var newest = await Db.Runs.ListAsync(cancellationToken: Token);
        var running = await Db.Runs.ListAsync(new RunQuery { Statuses = [RunStatus.Running] }, Token);
        var byName = await Db.Runs.ListAsync(new RunQuery { SortBy = "name", Descending = false, Limit = 2 }, Token);

        Assert.Equal(["run-c", "run-b", "run-a"], newest.Items.Select(r => r.Id));
        Assert.Equal(["run-b"], running.Items.Select(r => r.Id));
        Assert.Equal(["run-a", "run-b"], byName.Items.Select(r => r.Id));
        Assert.Equal((3, true), (byName.Total, byName.HasMore));
    }

    public sealed class OnSqlite() : RunRepositoryTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RunRepositoryTests(TestDatabaseKind.Postgres);
}
