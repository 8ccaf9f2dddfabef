using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Results;

public abstract class RunResultsReaderTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private RunResultsReader Reader => new(Db);

    [Fact]
    public async Task EveryTaskOfTheRunComesBackInQueueOrderWithItsStoredReport()
    {
        var seeded = await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var read = await Reader.ReadTasksAsync(ResultsSeed.RunId, Token).ToListAsync(Token);

        Assert.Equal(seeded.Select(s => s.Task.Id), read.Select(r => r.Stored.Task.Id));
        Assert.All(read, r => Assert.Equal(ResultsSeed.RunId, r.Stored.Task.RunId));
        for (var i = 0; i < read.Count; i++)
        {
            Assert.Equal(seeded[i].Task.Status, read[i].Stored.Task.Status);
            Assert.Equal(seeded[i].Report?.ToJson(), read[i].Report?.ToJson());
        }

        // Completed and failed-with-report tasks have their report; failed before any call, cancelled and queued ones have none.
        Assert.Equal(9, read.Count(r => r.Report is not null));
        Assert.Contains(read, r => r.Stored.Task.Status == TrackedTaskStatus.Failed && r.Report is null);
        Assert.Contains(read, r => r.Stored.Task.Status == TrackedTaskStatus.Cancelled && r.Report is null);
        Assert.Contains(read, r => r.Stored.Task.Status == TrackedTaskStatus.Queued && r.Report is null);
        Assert.NotEmpty(read.First(r => r.Report is not null).Report!.EntityAlignment); // the full report, alignments included
    }

    [Fact]
    public async Task CombinationsHoldOnlyFinishedTasksOfOnePromptAndModelEach()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var combinations = await Reader.ReadCombinationsAsync(ResultsSeed.RunId, Token).ToListAsync(Token);

        Assert.Equal(4, combinations.Count);
        foreach (var combination in combinations)
        {
            var tasks = combination.Select(c => c.Stored.Task).ToList();
            Assert.Single(tasks.Select(t => (t.Pipeline, string.Join('+', t.PromptKeys), t.ModelKey)).Distinct());
            Assert.All(tasks, t => Assert.Contains(t.Status, RunResultsReader.FinishedStatuses));
            // Compact: only the predicted side of the alignments stays (repeat stability reads it), gold side dropped.
            Assert.All(combination.Where(c => c.Report is not null), c => Assert.All(c.Report!.EntityAlignment, row =>
            {
                Assert.NotNull(row.Prediction);
                Assert.Null(row.Gold);
            }));
        }

        Assert.Equal(3 + 3 + 2 + 2, combinations.Sum(c => c.Count));
        Assert.DoesNotContain(combinations.SelectMany(c => c), c => c.Stored.Task.RunId != ResultsSeed.RunId);
    }

    [Fact]
    public async Task RunsComeWithTheirCountsPerStatusAndModels()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var page = await Reader.ListRunsAsync(cancellationToken: Token);
        var run = await Reader.GetRunAsync(ResultsSeed.RunId, Token);

        Assert.Equal([ResultsSeed.OtherRunId, ResultsSeed.RunId], page.Items.Select(r => r.Run.Id)); // newest first
        Assert.NotNull(run);
        Assert.Equal(12, run.Total);
        Assert.Equal((7, 3, 1, 1), (run.Count(TrackedTaskStatus.Completed), run.Count(TrackedTaskStatus.Failed), run.Count(TrackedTaskStatus.Cancelled), run.Count(TrackedTaskStatus.Queued)));
        Assert.Equal(11, run.Done);
        Assert.Equal(3, run.Failed);
        Assert.Equal(Enum.GetValues<TrackedTaskStatus>(), run.Counts.Keys.Order());
        Assert.Equal(["model-a", "model-b"], run.ModelKeys);
        Assert.Equal(1, page.Items[0].Done);
        Assert.Null(await Reader.GetRunAsync("no-such-run", Token));
    }

    [Fact]
    public async Task AnEmptyDatabaseListsNoRuns()
    {
        var page = await Reader.ListRunsAsync(new RunQuery(), Token);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
    }

    public sealed class OnSqlite() : RunResultsReaderTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RunResultsReaderTests(TestDatabaseKind.Postgres);
}
