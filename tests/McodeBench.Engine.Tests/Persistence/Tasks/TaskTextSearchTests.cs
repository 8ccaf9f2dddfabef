using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

/// <summary>The tracker's free-text filter (a case-insensitive LIKE per column) and paging by id then rows.</summary>
public abstract class TaskTextSearchTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private async Task<IReadOnlyList<string>> IdsAsync(TaskQuery query) =>
        (await Db.Tasks.ListAsync(query, Token)).Items.Select(t => t.Task.Id).ToList();

    [Fact]
    public async Task TextMatchesModelTrialIdAndErrorIgnoringCase()
    {
        var alpha = await SeedRunAsync("run-a", 2, model: "Model-Alpha");
        var beta = await SeedRunAsync("run-b", 2, model: "model-beta");
        var failed = (await Db.Tasks.GetAsync(beta[1].Id, Token))!.Task;
        await Db.Tasks.ClaimAsync(failed, Token);
        await Db.Tasks.FinishAsync(failed, TrackedTaskStatus.Failed, TestData.Failure(FailureClass.ProviderError, "Upstream GATEWAY refused"), cancellationToken: Token);

        Assert.Equal(alpha.Select(t => t.Id), await IdsAsync(new TaskQuery { Text = "alpha" }));
        Assert.Equal(beta.Select(t => t.Id), await IdsAsync(new TaskQuery { Text = " RUN-B/ " }));
        Assert.Equal([alpha[1].Id, beta[1].Id], await IdsAsync(new TaskQuery { Text = alpha[1].TrialId.ToLowerInvariant() }));
        Assert.Equal([beta[1].Id], await IdsAsync(new TaskQuery { Text = "gateway" }));
        Assert.Equal(4, (await Db.Tasks.ListAsync(new TaskQuery { Text = "extract-V1" }, Token)).Total);
    }

    [Fact]
    public async Task WildcardsInTheTextMatchOnlyThemselves()
    {
        var plain = await SeedRunAsync("run-a", 1, model: "model-a");
        var odd = await SeedRunAsync("run-b", 1, model: "odd_50%\\model");

        Assert.Equal([odd[0].Id], await IdsAsync(new TaskQuery { Text = "_50%" }));
        Assert.Equal([odd[0].Id], await IdsAsync(new TaskQuery { Text = "%\\m" }));
        Assert.Empty(await IdsAsync(new TaskQuery { Text = "run_a" }));
        Assert.Empty(await IdsAsync(new TaskQuery { Text = "model%a" }));
        Assert.Equal([plain[0].Id], await IdsAsync(new TaskQuery { Text = "run-a" }));
    }

    [Fact]
    public async Task EveryPageOfASortedFilteredListIsTheMatchingSliceOfTheWholeOrder()
    {
        var a = await SeedRunAsync("run-a", 7, model: "model-a");
        var b = await SeedRunAsync("run-b", 7, model: "model-b");
        var expected = b.Concat(a).Select(t => t.Id).ToList();

        var paged = new List<string>();
        for (var offset = 0; offset < expected.Count; offset += 5)
        {
            var page = await Db.Tasks.ListAsync(new TaskQuery { Text = "model-", SortBy = "model_key", Descending = true, Offset = offset, Limit = 5 }, Token);
            Assert.Equal(14, page.Total);
            paged.AddRange(page.Items.Select(t => t.Task.Id));
        }

        Assert.Equal(expected, paged);
    }

    public sealed class OnSqlite() : TaskTextSearchTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TaskTextSearchTests(TestDatabaseKind.Postgres);
}
