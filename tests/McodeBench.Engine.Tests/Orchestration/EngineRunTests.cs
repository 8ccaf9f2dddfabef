using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>A whole run through the engine: stored, queued, executed, scored, completed, and announced to subscribers.</summary>
public sealed class EngineRunTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite, PipelineKind.TwoStep)]
    [InlineData(TestDatabaseKind.Sqlite, PipelineKind.Direct)]
    [InlineData(TestDatabaseKind.Postgres, PipelineKind.TwoStep)]
    public async Task A_run_on_the_rules_baseline_completes_every_task_once_with_scores(TestDatabaseKind kind, PipelineKind pipeline)
    {
        await using var fixture = await EngineFixture.StartAsync(kind, Token);
        using var subscription = fixture.Engine.Subscribe(new EngineEventFilter());

        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec(pipeline: pipeline, repeats: 2), Token);
        var progress = await fixture.WaitForAsync(started.RunId, RunStatus.Completed, Token);

        var trials = fixture.Engine.Workspace.Gold.Count;
        Assert.Equal(trials * 2, started.TaskCount);
        Assert.Equal(started.TaskCount, progress.Total);
        Assert.Equal(started.TaskCount, progress.Done);
        Assert.Equal(started.TaskCount, progress.Count(TrackedTaskStatus.Completed));

        var tasks = await fixture.Database.Tasks.ListAsync(new TaskQuery { RunId = started.RunId, Limit = 1_000 }, Token);
        Assert.All(tasks.Items, stored =>
        {
            Assert.Equal(TrackedTaskStatus.Completed, stored.Task.Status);
            Assert.Equal(1, stored.Task.AttemptCount);
            Assert.NotNull(stored.Scores.EntityF1Strict);
            Assert.Equal("engine-test", stored.WorkerId);
        });
        var attempts = await fixture.Database.Tasks.AttemptsAsync(tasks.Items[0].Task.Id, Token);
        Assert.Single(attempts);
        Assert.NotNull(await fixture.Database.Tasks.ScoreReportAsync(tasks.Items[0].Task.Id, Token));

        // Subscribers heard the start, a line per task and the end, with the ids the event log stored.
        var seen = new List<EngineEvent>();
        while (subscription.Reader.TryRead(out var engineEvent))
        {
            seen.Add(engineEvent);
        }

        var lines = seen.OfType<LogEngineEvent>().Select(e => e.Entry).Where(e => e.RunId == started.RunId).ToList();
        Assert.Equal(started.TaskCount, lines.Count(e => e.Level == EventLevel.Success && e.TaskId is not null));
        Assert.Contains(lines, e => e.TaskId is null && e.Message.Contains("finished", StringComparison.Ordinal));
        Assert.All(lines, e => Assert.True(e.Id > 0));
        Assert.Contains(seen.OfType<ProgressEngineEvent>(), e => e.Progress.RunId == started.RunId && e.Progress.Status == RunStatus.Completed);
    }

    [Fact]
    public async Task A_spec_naming_an_unknown_model_is_rejected_with_the_problem_and_nothing_is_stored()
    {
        await using var fixture = await EngineFixture.StartAsync(TestDatabaseKind.Sqlite, Token);

        var error = await Assert.ThrowsAsync<RunSpecRejectedException>(() => fixture.Engine.StartRunAsync(EngineFixture.Spec(models: "no-such-model"), Token));

        Assert.Contains("no-such-model", error.Message, StringComparison.Ordinal);
        Assert.Empty((await fixture.Database.Runs.ListAsync(cancellationToken: Token)).Items);
    }
}
