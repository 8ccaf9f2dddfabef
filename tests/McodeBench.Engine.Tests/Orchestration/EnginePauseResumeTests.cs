using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>Pausing a run stops new tasks from starting; resuming it finishes every task exactly once.</summary>
public sealed class EnginePauseResumeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_paused_run_starts_no_task_and_resuming_it_runs_every_task_exactly_once(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(100));
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)));
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("pause", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 2 }, Token);
        var runId = started.RunId;
        await EngineFixture.WaitUntilAsync(async () => await fixture.CountAsync(runId, TrackedTaskStatus.Completed, Token) >= 2, "two tasks completed", Token);

        var paused = await fixture.Engine.PauseRunAsync(runId, Token);

        Assert.True(paused.Changed > 0, paused.Summary);
        Assert.Equal(RunStatus.Paused, (await fixture.Engine.GetProgressAsync(runId, Token)).Status);
        // Tasks running at the pause finish; a task can only start from Queued, so once none is queued or running none starts.
        await EngineFixture.WaitUntilAsync(
            async () => await fixture.CountAsync(runId, TrackedTaskStatus.Running, Token) + await fixture.CountAsync(runId, TrackedTaskStatus.Queued, Token) == 0,
            "the tasks running at the pause finished",
            Token);
        var requestsAtPause = provider.Host.Counters.Requests;
        await Task.Delay(TimeSpan.FromMilliseconds(600), Token);
        Assert.Equal(requestsAtPause, provider.Host.Counters.Requests);
        var whilePaused = await fixture.Engine.GetProgressAsync(runId, Token);
        Assert.Equal(RunStatus.Paused, whilePaused.Status);
        Assert.Equal(started.TaskCount - whilePaused.Count(TrackedTaskStatus.Completed), whilePaused.Count(TrackedTaskStatus.Paused));
        Assert.True(whilePaused.Count(TrackedTaskStatus.Paused) > 0, "the pause came too late to hold any task back");

        await fixture.Engine.ResumeRunAsync(runId, Token);
        var progress = await fixture.WaitForAsync(runId, RunStatus.Completed, Token);

        Assert.Equal(started.TaskCount, progress.Count(TrackedTaskStatus.Completed));
        Assert.Equal(started.TaskCount, provider.Host.Counters.Requests);
        Assert.Equal(started.TaskCount, provider.Probe.Started);
        foreach (var task in await fixture.TasksAsync(runId, Token))
        {
            Assert.Equal(TrackedTaskStatus.Completed, task.Status);
            Assert.Equal(1, task.AttemptCount);
            Assert.Equal(AttemptEnd.Completed, Assert.Single(await fixture.Database.Tasks.AttemptsAsync(task.Id, Token)).EndedAs);
        }
    }
}
