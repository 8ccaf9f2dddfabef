using McodeBench.Core.Diagnostics;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>What the file scorer does with gold and predictions that do not line up: missing, unknown, failed, repeated.</summary>
public sealed class FileScorerTests : IDisposable
{
    private const string Worked = ScoringFiles.WorkedTrialId;
    private const string Second = ScoringFiles.SecondTrialId;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<FileScoreReport> ScoreAsync(string predictionsJson, string? goldJson = null, bool withTrials = true)
    {
        var gold = folder.Write("gold.json", goldJson ?? ScoringFiles.TwoTrialGold());
        folder.Write("trials/a.json", ScoringFiles.Trial(Worked, WorkedCheck.Text));
        folder.Write("trials/b.json", ScoringFiles.Trial(Second, ScoringFiles.SecondText));
        var predictions = folder.Write("p.json", predictionsJson);
        var request = new FileScoringRequest([gold], [predictions], withTrials ? [folder.Combine("trials")] : []);
        return await FileScorer.ScoreAsync(request, TestVocabulary.Options(), TestContext.Current.CancellationToken);
    }

    private static string WorkedEntry(int repeat = 0) => ScoringFiles.Entry(Worked, ScoringFiles.WorkedItems, repeat);

    [Fact]
    public async Task A_gold_trial_the_predictions_leave_out_is_scored_as_empty_so_all_its_gold_is_missed_and_says_so()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(WorkedEntry()));

        Assert.Equal([Second], report.TrialsWithoutPredictions);
        var missing = Assert.Single(report.Tasks, t => t.TrialId == Second);
        Assert.Equal(ScoredTaskStatus.PredictionMissing, missing.Status);
        Assert.All(
            Enum.GetValues<EntityScheme>(),
            scheme => Assert.Equal((0, 0, 0, 2, 0), Counts(missing.Report.Entities.Get(scheme))));
        var warning = Assert.Single(report.Diagnostics, d => d.TrialId == Second);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("MIS", warning.Message, StringComparison.Ordinal);

        // Not a failure: it counts in both views, its misses included.
        var all = report.Aggregate.AllAttempts;
        Assert.Equal((2, 0, 2), (all.AttemptedTasks, all.FailedTasks, report.Aggregate.SuccessfulOnly.ScoredTasks));
        Assert.Equal((2, 1, 0, 2, 1), Counts(all.Entities.Strict.Micro));
        Assert.Equal(all.Entities.Strict.Micro, report.Aggregate.SuccessfulOnly.Entities.Strict.Micro);
    }

    [Fact]
    public async Task Predictions_for_a_trial_without_gold_are_reported_not_scored()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(
            WorkedEntry(), ScoringFiles.Entry(Second, "\"entities\": []"), ScoringFiles.Entry("NCT09999999", ScoringFiles.WorkedItems)));

        Assert.Equal(["NCT09999999"], report.PredictionsWithoutGold);
        Assert.Empty(report.TrialsWithoutPredictions);
        Assert.Equal([Worked, Second], report.Tasks.Select(t => t.TrialId));
        var warning = Assert.Single(report.Diagnostics, d => d.TrialId == "NCT09999999");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.trials[2]", warning.JsonPath);
        Assert.Contains("not scored", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Aggregate.AllAttempts.AttemptedTasks);
    }

    [Fact]
    public async Task Malformed_raw_output_is_a_failed_task_counted_in_the_failure_rate_and_only_in_all_attempts()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(
            WorkedEntry(), ScoringFiles.RawEntry(Second, "{\"entities\": [{\"text\": \"radiotherapy\", \"type\": }]}")));

        var failed = Assert.Single(report.Tasks, t => t.TrialId == Second);
        Assert.Equal((ScoredTaskStatus.Failed, FailureClass.InvalidJson), (failed.Status, failed.Failure));
        Assert.NotNull(failed.FailureMessage);

        var all = report.Aggregate.AllAttempts;
        var successful = report.Aggregate.SuccessfulOnly;
        Assert.Equal((2, 1, 2, 0.5), (all.AttemptedTasks, all.FailedTasks, all.ScoredTasks, all.FailureRate));
        Assert.Equal(1, all.FailuresByClass["invalid_json"]);
        Assert.Equal((1, 0.5), (successful.ScoredTasks, successful.FailureRate));

        // All attempts: the failed trial's two gold entities are missed; successful only: the worked check alone.
        Assert.Equal((2, 1, 0, 2, 1), Counts(all.Entities.Strict.Micro));
        Assert.Equal((2, 1, 0, 0, 1), Counts(successful.Entities.Strict.Micro));
    }

    [Fact]
    public async Task A_task_given_twice_is_an_error_and_the_first_copy_is_scored()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(
            WorkedEntry(), ScoringFiles.Entry(Second, "\"entities\": []"), ScoringFiles.Entry(Worked, "\"entities\": []")));

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(("$.trials[2]", Worked), (error.JsonPath, error.TrialId));
        Assert.Contains("$.trials[0]", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, report.Tasks.Single(t => t.TrialId == Worked).Report.Entities.Strict.Act);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public async Task Every_gold_trial_is_scored_in_every_repeat_the_predictions_have()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(WorkedEntry(0), WorkedEntry(1), ScoringFiles.Entry(Second, "\"entities\": []", 0)));

        Assert.Equal(
            [(Worked, 0, ScoredTaskStatus.Scored), (Worked, 1, ScoredTaskStatus.Scored), (Second, 0, ScoredTaskStatus.Scored), (Second, 1, ScoredTaskStatus.PredictionMissing)],
            report.Tasks.Select(t => (t.TrialId, t.Repeat, t.Status)));
        Assert.Equal([Second], report.TrialsWithoutPredictions);
        Assert.Contains(report.Diagnostics, d => d.TrialId == Second && d.Message.Contains("repeat 1", StringComparison.Ordinal));
        Assert.Equal(2, report.Aggregate.AllAttempts.Entities.Strict.Repeats.F1.Repeats);
    }

    [Fact]
    public async Task Gold_that_does_not_match_its_trial_is_reported_by_the_gold_validator()
    {
        var gold = ScoringFiles.TwoTrialGold().Replace("\"start\":11", "\"start\":10", StringComparison.Ordinal);

        var report = await ScoreAsync(ScoringFiles.Predictions(WorkedEntry(), ScoringFiles.Entry(Second, "\"entities\": []")), gold);

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(("$.trials[0].entities[0].text", Worked, "e1"), (error.JsonPath, error.TrialId, error.EntityId));
        Assert.EndsWith("gold.json", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_trial_files_gold_is_scored_by_text_and_a_warning_says_what_that_costs()
    {
        var report = await ScoreAsync(ScoringFiles.Predictions(WorkedEntry(), ScoringFiles.Entry(Second, "\"entities\": []")), withTrials: false);

        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("no trial text", StringComparison.Ordinal));
        Assert.Contains(Worked, warning.Message, StringComparison.Ordinal);
        Assert.Contains(Second, warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.Tasks[0].Report.Unsupported);
    }

    private static (int Cor, int Inc, int Par, int Mis, int Spu) Counts(OutcomeCounts counts) =>
        (counts.Cor, counts.Inc, counts.Par, counts.Mis, counts.Spu);
}
