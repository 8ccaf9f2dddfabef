using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Conversions;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

public abstract class TaskRoundTripTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Theory]
    [InlineData(PipelineKind.TwoStep)]
    [InlineData(PipelineKind.Direct)]
    public async Task EveryFieldOfANewTaskComesBack(PipelineKind pipeline)
    {
        var task = TestData.Task("run-1", 7, Now, TaskPriority.High, "model-b", pipeline);
        await Db.Runs.CreateAsync(TestData.Run("run-1", Now), [task], Token);

        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!;

        AssertSameTask(task, stored.Task);
        Assert.Equal(1, stored.Sequence);
        Assert.Null(stored.WorkerId);
        Assert.Equal(HeadlineScores.None, stored.Scores);
    }

    [Fact]
    public async Task AFinishedTaskKeepsItsAttemptPredictionScoreReportUsageAndScores()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TaskWriteResult.Written, await Db.Tasks.ClaimAsync(task, Token));
        var startedAt = Clock.GetUtcNow();
        var outcome = TestData.Success(task.TrialId, startedAt);
        Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TaskWriteResult.Written, await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Completed, outcome, cancellationToken: Token));

        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!;
        AssertSameTask(task, stored.Task);
        Assert.Equal(outcome.Usage, stored.Task.Usage);
        Assert.Equal((true, (FailureClass?)null, "1 entity, 1 mapping"), (stored.Task.ValidationPassed, stored.Task.FailureClass, stored.Task.ResultSummary));
        Assert.Equal("test-worker", stored.WorkerId);
        Assert.Equal(HeadlineScores.From(outcome.ScoreReport), stored.Scores);
        Assert.Equal(0.75, stored.Scores.EntityF1Strict!.Value, 10);
        Assert.Equal(0.5, stored.Scores.Compliance);

        var attempt = Assert.Single(await Db.Tasks.AttemptsAsync(task.Id, Token));
        Assert.Equal((1, "test-worker", AttemptEnd.Completed), (attempt.AttemptNumber, attempt.WorkerId, attempt.EndedAs));
        Assert.Equal((task.StartedUtc, task.FinishedUtc!.Value), (attempt.StartedUtc, attempt.FinishedUtc));
        Assert.Equal(outcome.Steps, attempt.Steps);
        Assert.Equal("Prompt for extraction: find the cancer.", attempt.Steps[0].Prompt);
        Assert.Equal(outcome.Steps[1].RawOutput, attempt.Steps[1].RawOutput);
        Assert.Equal("stop", attempt.Steps[1].FinishReason);
        Assert.Equal(outcome.Steps[0].Usage, attempt.Steps[0].Usage);
        Assert.Equal(outcome.Warnings, attempt.Warnings);
        Assert.Equal(outcome.Usage, attempt.Usage);

        var prediction = (await Db.Tasks.PredictionAsync(task.Id, Token))!;
        Assert.Equal(outcome.Prediction!.Entities, prediction.Entities);
        Assert.Equal(outcome.Prediction.Mappings, prediction.Mappings);
        Assert.Equal(outcome.ScoreReport!.ToJson(), (await Db.Tasks.ScoreReportAsync(task.Id, Token))!.ToJson());
    }

    [Fact]
    public async Task AFailedAttemptKeepsItsClassAndMessageAndHasNoPrediction()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(task, Token);

        await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Failed, TestData.Failure(FailureClass.RateLimited, "429 after 4 attempts"), cancellationToken: Token);

        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!;
        Assert.Equal((TrackedTaskStatus.Failed, FailureClass.RateLimited, "429 after 4 attempts"), (stored.Task.Status, stored.Task.FailureClass, stored.Task.Error));
        var attempt = Assert.Single(await Db.Tasks.AttemptsAsync(task.Id, Token));
        Assert.Equal((AttemptEnd.Failed, FailureClass.RateLimited, "429 after 4 attempts"), (attempt.EndedAs, attempt.FailureClass, attempt.FailureMessage));
        Assert.Null(await Db.Tasks.PredictionAsync(task.Id, Token));
        Assert.Null(await Db.Tasks.ScoreReportAsync(task.Id, Token));
    }

    [Fact]
    public async Task ARetriedTaskKeepsEveryAttemptAndOnlyTheLatestResult()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        await Db.Tasks.ClaimAsync(task, Token);
        var first = TestData.Success(task.TrialId, Clock.GetUtcNow()) with { FailureClass = FailureClass.SchemaViolation, FailureMessage = "no entities key", Prediction = null };
        await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Failed, first, cancellationToken: Token);
        await Db.Tasks.TransitionAsync(task, TrackedTaskStatus.Queued, cancellationToken: Token);
        await Db.Tasks.ClaimAsync(task, Token);
        var second = TestData.Success(task.TrialId, Clock.GetUtcNow()) with { ScoreReport = TestData.Report(task.TrialId, correct: 4, spurious: 0, missed: 0) };
        await Db.Tasks.FinishAsync(task, TrackedTaskStatus.Completed, second, cancellationToken: Token);

        var attempts = await Db.Tasks.AttemptsAsync(task.Id, Token);
        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!;

        Assert.Equal([(1, AttemptEnd.Failed), (2, AttemptEnd.Completed)], attempts.Select(a => (a.AttemptNumber, a.EndedAs)));
        Assert.Equal((TrackedTaskStatus.Completed, 2, (FailureClass?)null), (stored.Task.Status, stored.Task.AttemptCount, stored.Task.FailureClass));
        Assert.Equal(second.ScoreReport!.ToJson(), (await Db.Tasks.ScoreReportAsync(task.Id, Token))!.ToJson());
        Assert.Equal(1.0, stored.Scores.EntityF1Strict);
    }

    [Fact]
    public async Task TimesComeBackAsUtcToTheMicrosecond()
    {
        var task = (await SeedRunAsync("run-1", 1))[0];
        Clock.Advance(TimeSpan.FromTicks(1_234_567));
        await Db.Tasks.ClaimAsync(task, Token);

        var stored = (await Db.Tasks.GetAsync(task.Id, Token))!.Task;

        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.StartedUtc!.Value.Kind);
        Assert.Equal(task.CreatedUtc, stored.CreatedUtc);
        Assert.Equal(task.StartedUtc!.Value.Ticks / 10, stored.StartedUtc.Value.Ticks / 10);
        Assert.Equal(0, stored.StartedUtc.Value.Ticks % 10);
    }

    [Fact]
    public void ATimeThatIsNotUtcIsRefused()
    {
        var local = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Local);

        var error = Assert.Throws<ArgumentException>(() => UtcDateTimeConverter.ToStored(local));

        Assert.Contains("UTC", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => UtcDateTimeConverter.ToStored(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
    }

    private static void AssertSameTask(BenchmarkTask expected, BenchmarkTask actual)
    {
        Assert.Equal(
            (expected.Id, expected.Name, expected.Description, expected.RunId, expected.Pipeline, expected.ModelKey, expected.TrialId, expected.RepeatIndex, expected.Priority),
            (actual.Id, actual.Name, actual.Description, actual.RunId, actual.Pipeline, actual.ModelKey, actual.TrialId, actual.RepeatIndex, actual.Priority));
        Assert.Equal(expected.PromptKeys, actual.PromptKeys);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(
            (expected.Status, expected.Progress, expected.CreatedUtc, expected.StartedUtc, expected.FinishedUtc, expected.Error, expected.AttemptCount),
            (actual.Status, actual.Progress, actual.CreatedUtc, actual.StartedUtc, actual.FinishedUtc, actual.Error, actual.AttemptCount));
        Assert.Equal(expected.Usage, actual.Usage);
    }

    public sealed class OnSqlite() : TaskRoundTripTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : TaskRoundTripTests(TestDatabaseKind.Postgres);
}
