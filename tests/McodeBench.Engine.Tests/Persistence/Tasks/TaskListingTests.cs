using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

public abstract class TaskListingTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    /// <summary>Six tasks over two models: three completed with entity strict F1 0.5, 0.75 and 1, one failed, two queued.</summary>
    private async Task<IReadOnlyList<BenchmarkTask>> SeedScoredAsync()
    {
        var a = await SeedRunAsync("run-a", 3, model: "model-a");
        var b = await SeedRunAsync("run-b", 3, model: "model-b");
        (int Correct, int Spurious, int Missed)[] counts = [(1, 1, 1), (3, 1, 1), (2, 0, 0)];
        for (var i = 0; i < 3; i++)
        {
            var task = (await Db.Tasks.GetAsync(a[i].Id, Token))!.Task;
            await Db.Tasks.ClaimAsync(task, Token);
            var outcome = TestData.Success(task.TrialId, Clock.GetUtcNow()) with
            {
                ScoreReport = TestData.Report(task.TrialId, counts[i].Correct, counts[i].Spurious, counts[i].Missed),
                Usage = TestData.Success(task.TrialId, Clock.GetUtcNow()).Usage with { Cost = 0.01m * (i + 1) },
            };
            await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Completed, outcome, cancellationToken: Token);
        }

        var failed = (await Db.Tasks.GetAsync(b[0].Id, Token))!.Task;
        await Db.Tasks.ClaimAsync(failed, Token);
        await Db.Tasks.FinishAsync(failed, TrackedTaskStatus.Failed, TestData.Failure(FailureClass.Timeout), cancellationToken: Token);
        return [.. a, .. b];
    }

    [Fact]
    public async Task PagesCoverEveryTaskOnceWithTheTotal()
    {
        var tasks = await SeedScoredAsync();

        var pages = new List<StoredTask>();
        for (var offset = 0; ; offset += 4)
        {
            var page = await Db.Tasks.ListAsync(new TaskQuery { Offset = offset, Limit = 4 }, Token);
            Assert.Equal(6, page.Total);
            pages.AddRange(page.Items);
            if (!page.HasMore)
            {
                break;
            }
        }

        Assert.Equal(tasks.Select(t => t.Id), pages.Select(t => t.Task.Id));
    }

    [Fact]
    public async Task FiltersNarrowByStatusRunModelTrialFailureAndMinimumScore()
    {
        var tasks = await SeedScoredAsync();

        async Task<IEnumerable<string>> Ids(TaskQuery query) => (await Db.Tasks.ListAsync(query, Token)).Items.Select(t => t.Task.Id);

        Assert.Equal(tasks.Skip(4).Select(t => t.Id), await Ids(new TaskQuery { Statuses = [TrackedTaskStatus.Queued] }));
        Assert.Equal(tasks.Skip(3).Select(t => t.Id), await Ids(new TaskQuery { RunId = "run-b" }));
        Assert.Equal(tasks.Take(3).Select(t => t.Id), await Ids(new TaskQuery { ModelKey = "model-a" }));
        Assert.Equal([tasks[1].Id, tasks[4].Id], await Ids(new TaskQuery { TrialId = tasks[1].TrialId }));
        Assert.Equal([tasks[3].Id], await Ids(new TaskQuery { FailureClass = FailureClass.Timeout }));
        Assert.Equal([tasks[1].Id, tasks[2].Id], await Ids(new TaskQuery { MinScore = 0.7, MinScoreColumn = TaskScoreColumn.EntityF1Strict }));
        Assert.Equal(tasks.Select(t => t.Id), await Ids(new TaskQuery { PromptKey = "map-v1" }));
        Assert.Empty(await Ids(new TaskQuery { PromptKey = "direct-v1" }));
    }

    [Fact]
    public async Task AnyColumnSortsAndTasksWithoutAValueComeLastBothWays()
    {
        var tasks = await SeedScoredAsync();

        var best = await Db.Tasks.ListAsync(new TaskQuery { SortBy = "entity_f1_strict", Descending = true }, Token);
        var worst = await Db.Tasks.ListAsync(new TaskQuery { SortBy = nameof(TaskRow.EntityF1Strict) }, Token);
        var dearest = await Db.Tasks.ListAsync(new TaskQuery { SortBy = "cost", Descending = true, Limit = 1 }, Token);

        Assert.Equal([tasks[2].Id, tasks[1].Id, tasks[0].Id], best.Items.Take(3).Select(t => t.Task.Id));
        Assert.Equal([tasks[0].Id, tasks[1].Id, tasks[2].Id], worst.Items.Take(3).Select(t => t.Task.Id));
        Assert.All(best.Items.Skip(3).Concat(worst.Items.Skip(3)), t => Assert.Null(t.Scores.EntityF1Strict));
        Assert.Equal(tasks[2].Id, Assert.Single(dearest.Items).Task.Id);
        Assert.Equal(0.03m, dearest.Items[0].Task.Usage.Cost);
    }

    [Theory]
    [InlineData("model_key")]
    [InlineData("entity_f1_strict")]
    [InlineData("status")]
    public async Task ADescendingSortIsTheAscendingOneReversedWithEmptyValuesLastBothWays(string column)
    {
        var tasks = await SeedScoredAsync();
        // Three tasks are scored; every task has a model and a status.
        var withValue = column == "entity_f1_strict" ? 3 : tasks.Count;

        var ascending = (await Db.Tasks.ListAsync(new TaskQuery { SortBy = column }, Token)).Items.Select(t => t.Task.Id).ToList();
        var descending = (await Db.Tasks.ListAsync(new TaskQuery { SortBy = column, Descending = true }, Token)).Items.Select(t => t.Task.Id).ToList();

        // Ties (one model's tasks, one status's, the unscored tasks) are broken by the id in the sort's direction.
        Assert.Equal(ascending.Take(withValue).Reverse(), descending.Take(withValue));
        Assert.Equal(ascending.Skip(withValue).Reverse(), descending.Skip(withValue));
    }

    /// <summary>
    /// Pages of a sort by a nullable column are read as the tasks with a value, then those without; every page size and
    /// offset, including pages across that boundary and past it, must give the one-query order the export streams.
    /// </summary>
    [Theory]
    [InlineData("entity_f1_strict", false)]
    [InlineData("entity_f1_strict", true)]
    [InlineData("cost", true)]
    [InlineData("worker_id", false)]
    [InlineData("finished_utc", true)]
    public async Task EveryPageOfANullableSortIsItsSliceOfTheStreamedOrder(string column, bool descending)
    {
        await SeedScoredAsync();
        await SeedRunAsync("run-c", 3, model: "model-c");
        var whole = new List<string>();
        await foreach (var task in Db.Tasks.StreamAsync(new TaskQuery { SortBy = column, Descending = descending }, Token))
        {
            whole.Add(task.Task.Id);
        }

        foreach (var size in new[] { 1, 2, 4, 20 })
        {
            var paged = new List<string>();
            for (var offset = 0; offset < whole.Count + size; offset += size)
            {
                var page = await Db.Tasks.ListAsync(new TaskQuery { SortBy = column, Descending = descending, Offset = offset, Limit = size }, Token);
                Assert.Equal(whole.Count, page.Total);
                paged.AddRange(page.Items.Select(t => t.Task.Id));
            }

            Assert.Equal(whole, paged);
        }

        var filtered = await Db.Tasks.ListAsync(new TaskQuery { SortBy = column, Descending = descending, RunId = "run-a", Offset = 1, Limit = 2 }, Token);
        Assert.Equal(whole.Where(id => id.StartsWith("run-a/", StringComparison.Ordinal)).Skip(1).Take(2), filtered.Items.Select(t => t.Task.Id));
    }

    [Fact]
    public async Task AnUnknownSortColumnIsRefusedWithTheColumnsThatExist()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Db.Tasks.ListAsync(new TaskQuery { SortBy = "f1" }, Token));

        Assert.Contains("'f1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity_f1_type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamingReturnsEveryMatchInOrder()
    {
        await SeedRunAsync("run-1", 250);

        var streamed = new List<string>();
        await foreach (var task in Db.Tasks.StreamAsync(new TaskQuery { RunId = "run-1", SortBy = "sequence", Descending = true, Limit = 10 }, Token))
        {
            streamed.Add(task.Task.Id);
        }

        Assert.Equal(250, streamed.Count);
        Assert.Equal(TestData.Tasks("run-1", 250, Now).Select(t => t.Id).Reverse(), streamed);
    }

    public sealed class OnSqlite() : TaskListingTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TaskListingTests(TestDatabaseKind.Postgres);
}
