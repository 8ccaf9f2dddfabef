using System.Linq.Expressions;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

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
        // Descending throughout: ties (one model's tasks) in descending id order too.
        var expected = b.Reverse().Concat(a.Reverse()).Select(t => t.Id).ToList();

        var paged = new List<string>();
        for (var offset = 0; offset < expected.Count; offset += 5)
        {
            var page = await Db.Tasks.ListAsync(new TaskQuery { Text = "model-", SortBy = "model_key", Descending = true, Offset = offset, Limit = 5 }, Token);
            Assert.Equal(14, page.Total);
            paged.AddRange(page.Items.Select(t => t.Task.Id));
        }

        Assert.Equal(expected, paged);
    }

    /// <summary>
    /// Every column the free text is documented to search, each on its own: a task is found by a word only that column
    /// of that task holds. Listed here, apart from the filter's own list, so a column dropped from it (on either provider)
    /// fails a case.
    /// </summary>
    [Theory]
    [InlineData(nameof(TaskRow.Id))]
    [InlineData(nameof(TaskRow.Name))]
    [InlineData(nameof(TaskRow.ModelKey))]
    [InlineData(nameof(TaskRow.TrialId))]
    [InlineData(nameof(TaskRow.ExtractionPromptKey))]
    [InlineData(nameof(TaskRow.MappingPromptKey))]
    [InlineData(nameof(TaskRow.DirectPromptKey))]
    [InlineData(nameof(TaskRow.WorkerId))]
    [InlineData(nameof(TaskRow.Error))]
    public async Task EachSearchedColumnFindsATaskByItself(string column)
    {
        // The run id is in no searched column but the task id, so it is the id's own word.
        var runId = column == nameof(TaskRow.Id) ? "run-Quokka" : "run-a";
        var tasks = await SeedRunAsync(runId, 3);
        await SeedRunAsync("run-other", 2);
        if (column != nameof(TaskRow.Id))
        {
            await using var context = Db.Contexts.Create();
            await context.Tasks.Where(t => t.Id == tasks[1].Id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => EF.Property<string?>(t, column), "the Quokka word"), Token);
        }

        var found = await IdsAsync(new TaskQuery { Text = "QUOKKA" });

        Assert.Equal(column == nameof(TaskRow.Id) ? tasks.Select(t => t.Id) : [tasks[1].Id], found);
    }

    [Fact]
    public void TheFilterSearchesTheDocumentedColumnsOnly()
    {
        var names = TextFilter.Columns.Select(c => ((MemberExpression)c.Body).Member.Name).ToList();

        Assert.Equal(
            [nameof(TaskRow.Id), nameof(TaskRow.Name), nameof(TaskRow.ModelKey), nameof(TaskRow.TrialId), nameof(TaskRow.ExtractionPromptKey),
                nameof(TaskRow.MappingPromptKey), nameof(TaskRow.DirectPromptKey), nameof(TaskRow.WorkerId), nameof(TaskRow.Error)],
            names);
    }

    public sealed class OnSqlite() : TaskTextSearchTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TaskTextSearchTests(TestDatabaseKind.Postgres);
}
