using McodeBench.Core.Annotations;
using McodeBench.Core.Execution;
using McodeBench.Core.Provenance;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using McodeBench.Engine.Tests.Orchestration;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Results;

public abstract class RunRescorerTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private const string Text = "HER2-positive breast cancer treated with trastuzumab.";

    [Fact]
    public async Task ARunStillScoringIsNotRescored()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var refused = await Assert.ThrowsAsync<RescoreRefusedException>(async () => await new RunRescorer(Db, await WorkspaceAsync(withTrastuzumab: true)).RescoreAsync(ResultsSeed.RunId, Token));

        Assert.Contains("Pending", refused.Message, StringComparison.Ordinal);
        Assert.Null((await Db.Runs.GetAsync(ResultsSeed.RunId, Token))!.GoldDigest);
    }

    [Fact]
    public async Task NewGoldRescoresFromTheStoredPredictionsAndKeepsTheEarlierScoresUnderTheirDigest()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);
        await Db.Runs.SetStatusAsync(ResultsSeed.RunId, RunStatus.Completed, Token);
        var completedA = (await new RunResultsReader(Db).ReadTasksAsync(ResultsSeed.RunId, Token).ToListAsync(Token))
            .First(t => t.Stored.Task.ModelKey == "model-a" && t.Stored.Task.Status == TrackedTaskStatus.Completed);
        Assert.Equal(1.0, completedA.Stored.Scores.EntityF1Strict); // predicted both gold entities

        // The gold loses trastuzumab: the same stored prediction now has one correct and one spurious entity.
        var workspace = await WorkspaceAsync(withTrastuzumab: false);
        var outcome = await new RunRescorer(Db, workspace).RescoreAsync(ResultsSeed.RunId, Token);

        var expected = ScoringDigests.For(workspace, ["NCT00000001"]);
        Assert.Equal(expected, outcome.Provenance);
        Assert.Null(outcome.PreviousGoldDigest);
        Assert.Equal(10, outcome.Tasks);   // completed and failed tasks; cancelled and queued ones are not scored
        Assert.Equal(9, outcome.Archived); // every stored report (the task failed before any call had none)
        var run = (await Db.Runs.GetAsync(ResultsSeed.RunId, Token))!;
        Assert.Equal(expected.GoldDigest, run.GoldDigest);
        Assert.Equal(expected.TrialTextDigest, run.TrialTextDigest);

        var rescored = (await Db.Tasks.GetAsync(completedA.Stored.Task.Id, Token))!;
        Assert.Equal(2.0 / 3.0, rescored.Scores.EntityF1Strict!.Value, 9); // P = 1/2, R = 1/1
        var report = (await Db.Tasks.ScoreReportAsync(completedA.Stored.Task.Id, Token))!;
        Assert.Equal(1, report.Entities.Strict.Spu);
        var earlier = await Db.Rescoring.ArchivedReportAsync(completedA.Stored.Task.Id, goldDigest: null, Token);
        Assert.Equal(completedA.Report!.ToJson(), earlier!.ToJson());

        // A second rescore keeps the first one's scores under the digest they were computed against.
        var again = await new RunRescorer(Db, workspace).RescoreAsync(ResultsSeed.RunId, Token);
        Assert.False(again.GoldChanged);
        var history = await Db.Rescoring.HistoryAsync(ResultsSeed.RunId, Token);
        Assert.Equal([expected.GoldDigest, null], history.Select(h => h.GoldDigest));
        // The first rescore gave the task that failed before any call the report a fresh run gives a failure.
        Assert.Equal([10, 9], history.Select(h => h.Reports));
        Assert.Equal(report.ToJson(), (await Db.Rescoring.ArchivedReportAsync(completedA.Stored.Task.Id, expected.GoldDigest, Token))!.ToJson());
    }

    [Fact]
    public async Task AStartedRunStoresTheDigestsItIsScoredAgainst()
    {
        var provenance = new ScoringProvenance("sha256:" + new string('a', 64), "sha256:" + new string('b', 64));
        await Db.Runs.CreateAsync(TestData.Run("run-d", Now) with { Provenance = provenance }, [], Token);

        var run = (await Db.Runs.GetAsync("run-d", Token))!;

        Assert.Equal(provenance.GoldDigest, run.GoldDigest);
        Assert.Equal(provenance.TrialTextDigest, run.TrialTextDigest);
    }

    private static async Task<BenchmarkWorkspace> WorkspaceAsync(bool withTrastuzumab)
    {
        var samples = await EngineFixture.LoadSamplesAsync(Token);
        var trials = new Dictionary<string, Trial>(StringComparer.Ordinal);
        var gold = new Dictionary<string, GoldStandard>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            var id = $"NCT{i:D8}";
            trials[id] = new Trial(id, id, [new TrialSection(SectionNames.Eligibility, Text)], [], [], []);
            List<Entity> entities = [new Entity("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 0, 13))];
            if (withTrastuzumab)
            {
                entities.Add(new Entity("trastuzumab", "medication", new TextSpan(SectionNames.Eligibility, 41, 52)));
            }

            gold[id] = new GoldStandard(id, entities, []);
        }

        return samples with { Trials = trials, Gold = gold, Sections = [SectionNames.Eligibility] };
    }

    public sealed class OnSqlite() : RunRescorerTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : RunRescorerTests(TestDatabaseKind.Postgres);
}
