using System.Text.Json;
using McodeBench.Core.Library;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Results;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Results;

public abstract class StoredLeaderboardTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private static readonly ModelLibrary Models = new(
    [
        new ModelDefinition("model-a", ProviderKind.RulesBaseline, null, "a", null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), []),
        new ModelDefinition("model-b", ProviderKind.Simulator, "http://127.0.0.1:5199/v1", "b", null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), ["simulated"]),
    ]);

    [Theory]
    [InlineData(RankingMeasure.F1, RankingTarget.Entity, EntityScheme.Type)]
    [InlineData(RankingMeasure.Precision, RankingTarget.Entity, EntityScheme.Strict)]
    [InlineData(RankingMeasure.Recall, RankingTarget.Mapping, EntityScheme.Strict)]
    public async Task TheLeaderboardFromStorageIsTheOneBuiltFromTheSameResultsInMemory(RankingMeasure measure, RankingTarget target, EntityScheme scheme)
    {
        var seeded = await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);
        var metric = new RankingMetric(measure, target, scheme);
        var expected = Leaderboard.Build(
            seeded.Where(s => s.Task.Status is TrackedTaskStatus.Completed or TrackedTaskStatus.Failed)
                .Select(s => new LeaderboardEntry(s.Task, s.Report is null ? null : new TaskScore(s.Report, s.Task.RepeatIndex, s.Task.FailureClass), s.Task.Usage, s.Task.FailureClass)),
            Models,
            metric);

        var stored = await StoredLeaderboard.BuildAsync(new RunResultsReader(Db), ResultsSeed.RunId, Models, metric, cancellationToken: Token);

        Assert.Equal(4, stored.Count);
        Assert.Equal(Json(expected), Json(stored));
    }

    [Fact]
    public async Task FailuresSimulatedModelsAndTopNComeThrough()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var all = await StoredLeaderboard.BuildAsync(new RunResultsReader(Db), ResultsSeed.RunId, Models, RankingMetric.Default, cancellationToken: Token);
        var top = await StoredLeaderboard.BuildAsync(new RunResultsReader(Db), ResultsSeed.RunId, Models, RankingMetric.Default, top: 2, cancellationToken: Token);

        Assert.Equal([1, 2, 3, 4], all.Select(r => r.Rank));
        Assert.Equal(all.Take(2).Select(r => (r.Prompts, r.Model)), top.Select(r => (r.Prompts, r.Model)));
        var twoStepA = all.Single(r => r.Pipeline == "two-step" && r.Model == "model-a");
        Assert.Equal((3, 1, false), (twoStepA.Tasks, twoStepA.FailedTasks, twoStepA.Simulated));
        Assert.Equal(2, twoStepA.Aggregates.AllAttempts.ScoredTasks); // the task that failed before any call has no report to count
        var directB = all.Single(r => r.Pipeline == "direct" && r.Model == "model-b");
        Assert.Equal((2, 1, true), (directB.Tasks, directB.FailedTasks, directB.Simulated));
        Assert.Equal(0.25, directB.Aggregates.AllAttempts.Entities.Strict.Micro.Recall); // the failed task's gold counts as missed
        Assert.Equal(0.5, directB.Aggregates.SuccessfulOnly.Entities.Strict.Micro.Recall);
        Assert.Equal(1.0, twoStepA.RankValue);
    }

    [Fact]
    public async Task ARunWithoutFinishedTasksHasAnEmptyLeaderboard()
    {
        await SeedRunAsync("waiting", 3);

        var rows = await StoredLeaderboard.BuildAsync(new RunResultsReader(Db), "waiting", Models, RankingMetric.Default, cancellationToken: Token);

        Assert.Empty(rows);
    }

    private static string Json(IReadOnlyList<LeaderboardRow> rows) => JsonSerializer.Serialize(rows, ScoringJson.Options);

    public sealed class OnSqlite() : StoredLeaderboardTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : StoredLeaderboardTests(TestDatabaseKind.Postgres);
}
