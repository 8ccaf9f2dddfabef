using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>Changing the global concurrency while a run goes, as seen by the provider: calls in flight at the simulator.</summary>
public sealed class EngineConcurrencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task Raising_and_lowering_the_global_concurrency_live_changes_the_calls_in_flight_at_the_provider(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(50));
        // Two calls are answered, then calls are held: the calls in flight pile up to whatever limit binds.
        provider.Probe.AnswerCount = 2;
        var options = new EngineOptions { GlobalConcurrency = 1, SupervisorInterval = TimeSpan.FromMilliseconds(100) };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)), options);
        // The run and the model allow four at once: the global limit is the one that binds.
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("concurrency", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 4 }, Token);
        var runId = started.RunId;
        await EngineFixture.WaitUntilAsync(
            async () => provider.Probe.InFlight == 1 && await fixture.CountAsync(runId, TrackedTaskStatus.Completed, Token) == 2,
            "two tasks completed and the third is held",
            Token);
        Assert.Equal(1, provider.Probe.Peak);

        fixture.Engine.SetGlobalConcurrency(3);

        Assert.Equal(3, fixture.Engine.GlobalConcurrency);
        await EngineFixture.WaitUntilAsync(() => Task.FromResult(provider.Probe.InFlight == 3), "three calls were held at the simulator", Token);
        // Longer than a dispatch takes: a fourth task, had the limit let it start, would reach the simulator now.
        await Task.Delay(TimeSpan.FromMilliseconds(500), Token);
        Assert.Equal(3, provider.Probe.Peak);
        Assert.Equal(3, fixture.Engine.GetStatistics().Scheduler.InFlight);

        fixture.Engine.SetGlobalConcurrency(1);
        provider.Probe.ReleaseAll();

        // Lowering cancels nothing: the three held tasks finish, and from when at most one is in flight no second one starts.
        await EngineFixture.WaitUntilAsync(
            () => Task.FromResult(fixture.Engine.GetStatistics().Scheduler.InFlight <= 1),
            "the engine had at most one task in flight",
            Token);
        provider.Probe.ResetPeak();
        var progress = await fixture.WaitForAsync(runId, RunStatus.Completed, Token);
        Assert.Equal(1, provider.Probe.Peak);
        Assert.Equal(started.TaskCount, progress.Count(TrackedTaskStatus.Completed));
        Assert.Equal(started.TaskCount, provider.Probe.Started);
    }
}
