using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>
/// Controls made by another process through the database reach the engine running the run: it starts none of the
/// run's tasks while it is paused or cancelled, and its supervisor stops the tasks it runs of a cancelled run.
/// </summary>
public sealed class EngineRemoteControlTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_pause_and_resume_from_another_process_hold_the_run_and_then_finish_every_task_once(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(100));
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)));
        await using var remote = await RemoteControls.OpenAsync(fixture, Token);
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("remote-pause", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 2 }, Token);
        var runId = started.RunId;
        await EngineFixture.WaitUntilAsync(async () => await fixture.CountAsync(runId, TrackedTaskStatus.Completed, Token) >= 2, "two tasks completed", Token);

        var paused = await remote.Controls.PauseRunAsync(runId, Token);

        Assert.True(paused.Changed > 0, paused.Summary);
        await EngineFixture.WaitUntilAsync(
            async () => await fixture.CountAsync(runId, TrackedTaskStatus.Running, Token) + await fixture.CountAsync(runId, TrackedTaskStatus.Queued, Token) == 0,
            "the tasks running at the pause finished",
            Token);
        var requestsAtPause = provider.Host.Counters.Requests;
        // Longer than the engine's feeder and supervisor intervals together.
        await Task.Delay(TimeSpan.FromMilliseconds(600), Token);
        Assert.Equal(requestsAtPause, provider.Host.Counters.Requests);
        Assert.Equal(RunStatus.Paused, (await fixture.Engine.GetProgressAsync(runId, Token)).Status);
        Assert.True(await fixture.CountAsync(runId, TrackedTaskStatus.Paused, Token) > 0, "the pause came too late to hold any task back");

        await remote.Controls.ResumeRunAsync(runId, Token);
        var progress = await fixture.WaitForAsync(runId, RunStatus.Completed, Token);

        Assert.Equal(started.TaskCount, progress.Count(TrackedTaskStatus.Completed));
        Assert.Equal(started.TaskCount, provider.Host.Counters.Requests);
        foreach (var task in await fixture.TasksAsync(runId, Token))
        {
            Assert.Equal((TrackedTaskStatus.Completed, 1), (task.Status, task.AttemptCount));
            Assert.Single(await fixture.Database.Tasks.AttemptsAsync(task.Id, Token));
        }
    }

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_cancel_from_another_process_stops_the_engines_running_tasks_within_its_supervisor_interval(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(50) }, Token);
        // Four calls are answered; the next two hang until the engine gives up on them (the model's timeout is 30 s).
        provider.Probe.AnswerCount = 4;
        // A serving engine (mcodebench serve) with the production supervisor interval; the pause test covers an engine running its own runs.
        var options = new EngineOptions { ServeAllRuns = true, SupervisorInterval = TimeSpan.FromSeconds(1) };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)), options);
        await using var remote = await RemoteControls.OpenAsync(fixture, Token);
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("remote-cancel", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 2 }, Token);
        var runId = started.RunId;
        await EngineFixture.WaitUntilAsync(
            async () => provider.Probe.InFlight == 2 && await fixture.CountAsync(runId, TrackedTaskStatus.Completed, Token) == 4,
            "four tasks completed and two wait at the simulator",
            Token);
        var running = (await fixture.TasksAsync(runId, Token)).Where(t => t.Status == TrackedTaskStatus.Running).Select(t => t.Id).ToList();
        Assert.Equal(2, running.Count);

        // The other process has no executor for the running tasks: it marks them Cancelled in the database.
        var cancelled = await remote.Controls.CancelRunAsync(runId, "cancelled from the command line", Token);

        Assert.Equal((started.TaskCount - 4, 0), (cancelled.Changed, cancelled.SignalledRunning));
        // Only the engine's supervisor can end the two hanging calls; a few of its intervals are allowed on a busy machine.
        await EngineFixture.WaitUntilAsync(() => Task.FromResult(provider.Probe.InFlight == 0), "the engine stopped its calls of the cancelled run", Token, TimeSpan.FromSeconds(5));
        await EngineFixture.WaitUntilAsync(
            () => Task.FromResult(fixture.Engine.GetStatistics().Scheduler.InFlight == 0),
            "the engine's executors of the cancelled run ended",
            Token,
            TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        Assert.Equal(6, provider.Probe.Started);
        var progress = await fixture.Engine.GetProgressAsync(runId, Token);
        Assert.Equal(RunStatus.Cancelled, progress.Status);
        Assert.Equal((4, started.TaskCount - 4), (progress.Count(TrackedTaskStatus.Completed), progress.Count(TrackedTaskStatus.Cancelled)));
        foreach (var id in running)
        {
            var task = (await fixture.Database.Tasks.GetAsync(id, Token))!.Task;
            Assert.Equal(TrackedTaskStatus.Cancelled, task.Status);
            Assert.Null((await fixture.Database.Tasks.ScoreReportAsync(id, Token)));
            Assert.All(await fixture.Database.Tasks.AttemptsAsync(id, Token), attempt => Assert.NotEqual(AttemptEnd.Completed, attempt.EndedAs));
        }
    }
}
