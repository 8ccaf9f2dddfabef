using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>A High-priority run started while a Normal one goes runs ahead of the Normal run's remaining tasks.</summary>
public sealed class EnginePriorityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_high_priority_run_started_later_runs_before_the_remaining_normal_tasks(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(20));
        // Three normal tasks are answered; the fourth is held, so the urgent run is queued while exactly one task runs.
        provider.Probe.AnswerCount = 3;
        var options = new EngineOptions { GlobalConcurrency = 1, SupervisorInterval = TimeSpan.FromMilliseconds(100) };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)), options);
        var normal = await fixture.Engine.StartRunAsync(EngineFixture.Spec("normal", PipelineKind.Direct, models: SimulatedProvider.ModelKey), Token);
        await EngineFixture.WaitUntilAsync(
            async () => provider.Probe.InFlight == 1 && await fixture.CountAsync(normal.RunId, TrackedTaskStatus.Completed, Token) == 3,
            "three normal tasks completed and the fourth waits at the simulator",
            Token);

        var urgent = await fixture.Engine.StartRunAsync(
            EngineFixture.Spec("urgent", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with
            {
                Priority = TaskPriority.High,
                TrialIds = ["NCT99000016", "NCT99000017", "NCT99000018"],
            },
            Token);
        await EngineFixture.WaitUntilAsync(
            () => Task.FromResult(fixture.Engine.GetStatistics().Scheduler.QueuedByPriority.GetValueOrDefault(TaskPriority.High) == urgent.TaskCount),
            "the urgent run's tasks were in the engine's queue",
            Token);
        provider.Probe.ReleaseAll();
        await fixture.WaitForAsync(urgent.RunId, RunStatus.Completed, Token);
        await fixture.WaitForAsync(normal.RunId, RunStatus.Completed, Token);

        // One task runs at a time, so start times give the order: the four normal tasks started before the urgent run
        // was queued, then the whole urgent run, then the rest of the normal run.
        var tasks = (await fixture.TasksAsync(urgent.RunId, Token)).Concat(await fixture.TasksAsync(normal.RunId, Token)).ToList();
        Assert.All(tasks, task => Assert.Equal((TrackedTaskStatus.Completed, 1), (task.Status, task.AttemptCount)));
        var order = tasks
            .OrderBy(task => task.StartedUtc)
            .Select(task => task.RunId == urgent.RunId ? "urgent" : "normal")
            .ToList();
        string[] expected = [.. Enumerable.Repeat("normal", 4), .. Enumerable.Repeat("urgent", urgent.TaskCount), .. Enumerable.Repeat("normal", normal.TaskCount - 4)];
        Assert.Equal(expected, order);
    }
}
