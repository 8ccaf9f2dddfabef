using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>Cancelling a run while it goes, over HTTP to the simulator: what finished stays, the rest ends Cancelled.</summary>
public sealed class EngineCancelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task Cancelling_mid_run_keeps_finished_results_ends_running_and_queued_tasks_cancelled_and_starts_nothing_more(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(200) }, Token);
        // Four calls are answered; the next two hang until the engine gives up on them, so exactly two tasks are
        // running when the cancel comes.
        provider.Probe.AnswerCount = 4;
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)));
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("cancel", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 2 }, Token);
        var runId = started.RunId;
        await EngineFixture.WaitUntilAsync(
            async () => provider.Probe.InFlight == 2 && await fixture.CountAsync(runId, TrackedTaskStatus.Completed, Token) == 4,
            "four tasks completed and two wait at the simulator",
            Token);
        var before = await fixture.TasksAsync(runId, Token);
        var completedBefore = before.Where(t => t.Status == TrackedTaskStatus.Completed).Select(t => t.Id).ToHashSet();
        var runningBefore = before.Where(t => t.Status == TrackedTaskStatus.Running).Select(t => t.Id).ToHashSet();
        Assert.Equal(2, runningBefore.Count);
        var cancelledAt = DateTime.UtcNow;

        var result = await fixture.Engine.CancelRunAsync(runId, Token);

        Assert.Equal((started.TaskCount - 6, 2), (result.Changed, result.SignalledRunning));
        await EngineFixture.WaitUntilAsync(
            async () => provider.Probe.InFlight == 0 && await fixture.CountAsync(runId, TrackedTaskStatus.Running, Token) == 0,
            "the running tasks stopped",
            Token);
        // Longer than the feeder's and the supervisor's intervals: had anything of the run been left in the queue, it would start now.
        await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        Assert.Equal(6, provider.Probe.Started);
        Assert.Equal(6, provider.Host.Counters.Requests);

        // A requested cancel is not an error: nothing red (such as "could not be dispatched") is logged for the run.
        var errors = await fixture.Database.Events.ReadAfterAsync(0, runId, minimumLevel: McodeBench.Engine.Persistence.Events.EventLevel.Error, cancellationToken: Token);
        Assert.Empty(errors.Select(e => e.Message));
        var progress = await fixture.Engine.GetProgressAsync(runId, Token);
        Assert.Equal(RunStatus.Cancelled, progress.Status);
        Assert.Equal((4, started.TaskCount - 4), (progress.Count(TrackedTaskStatus.Completed), progress.Count(TrackedTaskStatus.Cancelled)));

        foreach (var stored in (await fixture.Database.Tasks.ListAsync(new TaskQuery { RunId = runId, Limit = 1_000 }, Token)).Items)
        {
            var task = stored.Task;
            var attempts = await fixture.Database.Tasks.AttemptsAsync(task.Id, Token);
            Assert.All(attempts, attempt => Assert.True(attempt.StartedUtc < cancelledAt, $"task {task.Id} started an attempt at {attempt.StartedUtc:O}, after the cancel at {cancelledAt:O}"));
            if (completedBefore.Contains(task.Id))
            {
                Assert.Equal(TrackedTaskStatus.Completed, task.Status);
                Assert.NotNull(stored.Scores.EntityF1Strict);
                Assert.NotNull(await fixture.Database.Tasks.ScoreReportAsync(task.Id, Token));
                Assert.Equal(AttemptEnd.Completed, Assert.Single(attempts).EndedAs);
            }
            else if (runningBefore.Contains(task.Id))
            {
                Assert.Equal(TrackedTaskStatus.Cancelled, task.Status);
                Assert.Equal(1, task.AttemptCount);
                var attempt = Assert.Single(attempts);
                Assert.Equal((AttemptEnd.Cancelled, FailureClass.Cancelled), (attempt.EndedAs, attempt.FailureClass));
            }
            else
            {
                Assert.Equal(TrackedTaskStatus.Cancelled, task.Status);
                Assert.Equal(0, task.AttemptCount);
                Assert.Empty(attempts);
            }
        }
    }
}
