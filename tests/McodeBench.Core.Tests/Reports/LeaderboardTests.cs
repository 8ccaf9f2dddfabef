using McodeBench.Core.Annotations;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Reports;

public sealed class LeaderboardTests
{
    private static readonly TrialSection[] Sections = [new("eligibility", "HER2-positive breast cancer treated with trastuzumab.")];
    private static readonly GoldStandard Gold = new(
        "NCT1",
        [new Entity("HER2-positive", "biomarker", new TextSpan("eligibility", 0, 13)), new Entity("trastuzumab", "medication", new TextSpan("eligibility", 41, 52))],
        []);

    private static readonly ScoringOptions Options = new(McodeVocabularyLoader.Default);

    private static readonly ModelLibrary Models = new(
    [
        Model("good", ProviderKind.RulesBaseline, []),
        Model("half", ProviderKind.Simulator, ["simulated"]),
        Model("silent", ProviderKind.RulesBaseline, []),
    ]);

    [Fact]
    public void Ranks_by_the_metric_with_undefined_values_last_and_labels_simulated_models()
    {
        var rows = Leaderboard.Build(
            [
                Entry("silent", []), // predicts nothing: P undefined, R 0 → F1 0 (one of P, R undefined)
                Entry("half", [new Entity("HER2-positive", "biomarker")]),
                Entry("good", [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")]),
            ],
            Models,
            new RankingMetric(RankingMeasure.Precision, RankingTarget.Entity, EntityScheme.Strict));

        Assert.Equal(["good", "half", "silent"], rows.Select(r => r.Model));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Rank));
        Assert.Equal(1.0, rows[0].RankValue);
        Assert.Null(rows[2].RankValue); // precision with nothing predicted is undefined, never 0 or 1
        Assert.True(rows[1].Simulated);
        Assert.False(rows[0].Simulated);
    }

    [Fact]
    public void Failed_tasks_count_as_empty_predictions_and_show_in_the_failure_rate()
    {
        var rows = Leaderboard.Build(
            [Entry("good", [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")]), Failed("good")],
            Models,
            RankingMetric.Default);

        var row = Assert.Single(rows);
        Assert.Equal(2, row.Tasks);
        Assert.Equal(1, row.FailedTasks);
        Assert.Equal(0.5, row.FailureRate);
        Assert.Equal(0.5, row.Aggregates.AllAttempts.Entities.Type.Micro.Recall); // the failed task's gold is missed
        Assert.Equal(1.0, row.Aggregates.SuccessfulOnly.Entities.Type.Micro.Recall);
    }

    [Fact]
    public void Failures_are_counted_per_class_including_tasks_that_failed_before_any_model_call()
    {
        var unscored = new LeaderboardEntry(Task("good", repeat: 2), Score: null, UsageTotals.None, FailureClass.RateLimited);
        var rows = Leaderboard.Build(
            [Entry("good", [new Entity("HER2-positive", "biomarker")]), Failed("good"), unscored],
            Models,
            RankingMetric.Default);

        var row = Assert.Single(rows);
        Assert.Equal(2, row.FailedTasks);
        Assert.Equal(1, row.FailuresByClass[FailureClass.InvalidJson]);
        Assert.Equal(1, row.FailuresByClass[FailureClass.RateLimited]);
        Assert.Equal(0, row.FailuresByClass[FailureClass.Timeout]);
        Assert.Equal(Enum.GetValues<FailureClass>().Length, row.FailuresByClass.Count);
        Assert.Equal(row.FailedTasks, row.FailuresByClass.Values.Sum());
    }

    [Fact]
    public void Top_n_keeps_the_best_rows()
    {
        var rows = Leaderboard.Build(
            [Entry("half", [new Entity("HER2-positive", "biomarker")]), Entry("good", [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")])],
            Models,
            RankingMetric.Default,
            top: 1);

        Assert.Equal("good", Assert.Single(rows).Model);
    }

    private static LeaderboardEntry Entry(string model, IReadOnlyList<Entity> predicted)
    {
        var prediction = new Prediction(predicted, []);
        var result = PipelineResult.Success(DirectPipeline.PipelineName, prediction, [], []);
        return LeaderboardEntry.From(Task(model), new TaskExecution(result, new TaskScore(Scorer.Score(Sections, Gold, prediction, Options)), UsageTotals.None));
    }

    private static LeaderboardEntry Failed(string model)
    {
        var result = PipelineResult.Failed(DirectPipeline.PipelineName, new PipelineFailure(FailureClass.InvalidJson, "not JSON", "direct"), [], []);
        return LeaderboardEntry.From(Task(model, repeat: 1), new TaskExecution(result, TaskScore.ForFailure(Gold, FailureClass.InvalidJson, Options, repeat: 1), UsageTotals.None));
    }

    private static BenchmarkTask Task(string model, int repeat = 0) =>
        new(Guid.NewGuid().ToString("N"), "t", new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), "run-1", PipelineKind.Direct, ["direct-evidence"], model, "NCT1", repeat);

    private static ModelDefinition Model(string key, ProviderKind provider, IReadOnlyList<string> tags) =>
        new(key, provider, provider == ProviderKind.Simulator ? "http://127.0.0.1:5199/v1" : null, key, null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), tags);
}
