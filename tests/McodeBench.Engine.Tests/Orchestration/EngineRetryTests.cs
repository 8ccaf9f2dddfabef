using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>Retrying a run's transient failures once the provider recovered; failures of the answer itself stay.</summary>
public sealed class EngineRetryTests
{
    private const string BrokenModel = "simulated-broken";

    private static readonly string[] Trials = ["NCT99000001", "NCT99000002", "NCT99000003", "NCT99000004"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task Retrying_transient_failures_completes_them_and_leaves_invalid_json_failed(TestDatabaseKind kind)
    {
        // Every request body is answered 500 twice before it succeeds: with two attempts per call each task fails as
        // a provider error, and its retry (the same body a third time) finds the provider recovered.
        await using var flaky = await SimulatedProvider.StartAsync(new SimulatorOptions { FailFirstAttempts = 2 }, Token);
        await using var broken = await SimulatedProvider.StartAsync(new SimulatorOptions { MalformedJsonShare = 1 }, Token);
        var workspace = broken.Serve(flaky.Serve(await EngineFixture.LoadSamplesAsync(Token)), BrokenModel);
        var pipeline = new ModelPipelineOptions { Retry = new RetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) } };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, workspace, pipeline: pipeline);
        var spec = EngineFixture.Spec("retry", PipelineKind.Direct) with { ModelKeys = [SimulatedProvider.ModelKey, BrokenModel], TrialIds = Trials };
        var started = await fixture.Engine.StartRunAsync(spec, Token);
        await fixture.WaitForAsync(started.RunId, RunStatus.Completed, Token);

        var firstPass = await fixture.TasksAsync(started.RunId, Token);
        Assert.All(firstPass, task => Assert.Equal(TrackedTaskStatus.Failed, task.Status));
        Assert.All(Of(firstPass, SimulatedProvider.ModelKey), task => Assert.Equal(FailureClass.ProviderError, task.FailureClass));
        Assert.All(Of(firstPass, BrokenModel), task => Assert.Equal(FailureClass.InvalidJson, task.FailureClass));
        Assert.Equal((2L * Trials.Length, 0L), (flaky.Host.Counters.ServerErrors, flaky.Host.Counters.Completed));

        var retried = await fixture.Engine.RetryFailedAsync(started.RunId, RetryScope.TransientOnly, Token);

        Assert.Equal(Trials.Length, retried.Changed);
        var progress = await fixture.WaitForAsync(started.RunId, RunStatus.Completed, Token);
        Assert.Equal((Trials.Length, Trials.Length), (progress.Count(TrackedTaskStatus.Completed), progress.Count(TrackedTaskStatus.Failed)));
        var stored = (await fixture.Database.Tasks.ListAsync(new TaskQuery { RunId = started.RunId, Limit = 100 }, Token)).Items;
        foreach (var task in stored.Where(s => s.Task.ModelKey == SimulatedProvider.ModelKey))
        {
            Assert.Equal((TrackedTaskStatus.Completed, 2), (task.Task.Status, task.Task.AttemptCount));
            Assert.Null(task.Task.FailureClass);
            Assert.NotNull(task.Scores.EntityF1Strict);
            var attempts = await fixture.Database.Tasks.AttemptsAsync(task.Task.Id, Token);
            (int, AttemptEnd, FailureClass?)[] expected = [(1, AttemptEnd.Failed, FailureClass.ProviderError), (2, AttemptEnd.Completed, null)];
            Assert.Equal(expected, attempts.Select(a => (a.AttemptNumber, a.EndedAs, a.FailureClass)).ToArray());
        }

        foreach (var task in stored.Where(s => s.Task.ModelKey == BrokenModel))
        {
            Assert.Equal((TrackedTaskStatus.Failed, FailureClass.InvalidJson, 1), (task.Task.Status, task.Task.FailureClass, task.Task.AttemptCount));
            Assert.Single(await fixture.Database.Tasks.AttemptsAsync(task.Task.Id, Token));
        }

        Assert.Equal(Trials.Length, flaky.Host.Counters.Completed);
        Assert.Equal(Trials.Length, broken.Host.Counters.Requests);
    }

    private static List<BenchmarkTask> Of(IEnumerable<BenchmarkTask> tasks, string modelKey) =>
        tasks.Where(task => task.ModelKey == modelKey).ToList();
}
