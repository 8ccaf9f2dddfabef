using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>A provider that answers 429 with Retry-After slows the run down without failing a task.</summary>
public sealed class EngineRateLimitTests
{
    private static readonly string[] Trials = ["NCT99000001", "NCT99000002", "NCT99000003", "NCT99000004", "NCT99000005", "NCT99000006", "NCT99000007", "NCT99000008", "NCT99000009", "NCT99000010"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_rate_limited_provider_is_waited_for_and_no_task_fails(TestDatabaseKind kind)
    {
        // Four requests a second, two at once, against four tasks in flight: some requests are told to come back
        // after Retry-After (1 s); backoff without it is 10-50 ms here, which the bucket would refuse again.
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions { RequestsPerSecond = 4, Burst = 2 }, Token);
        var pipeline = new ModelPipelineOptions { Retry = new RetryOptions { MaxAttempts = 8, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) } };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token), maxConcurrency: 4), pipeline: pipeline);
        var spec = EngineFixture.Spec("rate-limited", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 4, TrialIds = Trials };

        var started = await fixture.Engine.StartRunAsync(spec, Token);
        var progress = await fixture.WaitForAsync(started.RunId, RunStatus.Completed, Token);

        Assert.Equal(0, progress.Count(TrackedTaskStatus.Failed));
        Assert.Equal(started.TaskCount, progress.Count(TrackedTaskStatus.Completed));
        var counters = provider.Host.Counters;
        Assert.True(counters.RateLimited > 0, $"the simulator never limited the run: {counters}");

        // No task failed as RateLimited, so only the 429s the retry layer absorbed can have reached the scheduler.
        var model = Assert.Single(fixture.Engine.GetStatistics().Scheduler.Models, m => m.ModelKey == SimulatedProvider.ModelKey);
        Assert.True(model.RateLimitReports > 0, "the scheduler never heard of the 429s retried inside the tasks");
        Assert.Equal(started.TaskCount, counters.Completed);
        // Every request the simulator saw is an attempt recorded on a task's step.
        var attempts = 0;
        foreach (var task in await fixture.TasksAsync(started.RunId, Token))
        {
            var attempt = Assert.Single(await fixture.Database.Tasks.AttemptsAsync(task.Id, Token));
            attempts += attempt.Steps.Sum(step => step.Usage!.Attempts);
        }

        Assert.Equal(counters.Requests, attempts);
    }
}
