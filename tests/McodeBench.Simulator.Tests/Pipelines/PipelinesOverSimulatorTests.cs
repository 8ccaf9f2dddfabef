using System.Diagnostics;
using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Pipelines;

/// <summary>
/// The whole production path end to end: a sample trial and the default prompts run through both pipelines, the real
/// OpenAI client and McodeBench's middleware, over loopback HTTP to the simulator, whose inner model is the rules
/// baseline; the result is parsed and scored against the trial's gold standard.
/// </summary>
public sealed class PipelinesOverSimulatorTests
{
    private const string TrialId = "NCT99000016";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The rules baseline in process, behind the same factory and middleware as any model.</summary>
    private static IChatClient InProcessBaseline() => new ModelPipelineBuilder().Build(
        new ModelDefinition(
            "rules-baseline", ProviderKind.RulesBaseline, null, "rules-baseline", null, new GenerationParameters(), new ModelPricing(0m, 0m),
            RequestsPerMinute: null, MaxConcurrency: 1, Timeout: TimeSpan.FromSeconds(30), Tags: []),
        new ChatClientFactory(new ChatClientFactoryOptions { RulesBaseline = _ => new RulesBaselineChatClient() }));

    private static Task<SimulatorHost> StartAsync(SimulatorOptions options) =>
        SimulatorHost.StartAsync(options, new RulesBaselineChatClient(), cancellationToken: Token);

    private static async Task<PipelineResult> RunAsync(SampleTrial sample, PipelineKind kind, IChatClient client, int repeatIndex = 0) =>
        await SampleTrial.Pipeline(kind, client).RunAsync(sample.Request(kind, repeatIndex), Token);

    private static List<string?> RawOutputs(PipelineResult result) => result.Steps.Select(step => step.RawOutput).ToList();

    private static void AssertSamePrediction(Prediction expected, Prediction actual)
    {
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Mappings, actual.Mappings);
    }

    [Theory]
    [InlineData(PipelineKind.TwoStep, "NCT99000016")]
    [InlineData(PipelineKind.Direct, "NCT99000016")]
    [InlineData(PipelineKind.TwoStep, "NCT99000002")]
    [InlineData(PipelineKind.Direct, "NCT99000002")]
    public async Task The_http_path_scores_exactly_what_the_baseline_scores_in_process(PipelineKind kind, string trialId)
    {
        var sample = await SampleTrial.LoadAsync(trialId, Token);
        var inProcess = await RunAsync(sample, kind, InProcessBaseline());
        await using var host = await StartAsync(new SimulatorOptions());

        var overHttp = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl));

        Assert.True(inProcess.IsSuccess, inProcess.Failure?.Message);
        Assert.True(overHttp.IsSuccess, overHttp.Failure?.Message);
        Assert.Equal(RawOutputs(inProcess), RawOutputs(overHttp));
        AssertSamePrediction(inProcess.Prediction, overHttp.Prediction);
        var expected = sample.Score(inProcess.Prediction).Entities.Strict;
        var actual = sample.Score(overHttp.Prediction).Entities.Strict;
        Assert.True(expected.F1 > 0.5, $"the baseline scores {expected} in process; the comparison would say little");
        Assert.Equal(expected, actual);
        Assert.Equal(expected.F1, actual.F1);
        Assert.Equal(kind == PipelineKind.TwoStep ? 2 : 1, host.Counters.Completed);
        Assert.True(overHttp.Totals.Cost > 0m, "simulated calls are priced like the model library says");
    }

    [Fact]
    public async Task Rate_limited_tasks_wait_for_retry_after_and_all_succeed()
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        // Two requests at once, two more per second: six tasks started together cannot all pass unless they
        // arrive over two seconds or more, so some are told to come back after Retry-After (1 s).
        await using var host = await StartAsync(new SimulatorOptions { RequestsPerSecond = 2, Burst = 2, Latency = TimeSpan.FromMilliseconds(10) });
        var client = SimulatedModel.Client(host.BaseUrl, maxAttempts: 8);

        async Task<(PipelineResult Result, TimeSpan Elapsed)> TimedAsync(int repeatIndex)
        {
            var watch = Stopwatch.StartNew();
            var result = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex);
            return (result, watch.Elapsed);
        }

        var tasks = await Task.WhenAll(Enumerable.Range(0, 6).Select(TimedAsync));

        Assert.All(tasks, task => Assert.True(task.Result.IsSuccess, task.Result.Failure?.Message));
        var counters = host.Counters;
        Assert.True(counters.RateLimited > 0, $"counters: {counters}");
        Assert.Equal(6, counters.Completed);
        var attempts = tasks.Select(task => Assert.Single(task.Result.Steps).Usage!.Attempts).ToList();
        Assert.Equal(counters.Requests, attempts.Sum());
        Assert.Equal(counters.RateLimited, attempts.Sum(count => count - 1));
        // Backoff without Retry-After is 10-50 ms here, so only honouring Retry-After (1 s) makes a retry this slow.
        Assert.All(
            tasks.Zip(attempts).Where(pair => pair.Second > 1),
            pair => Assert.True(
                pair.First.Elapsed >= (pair.Second - 1) * TimeSpan.FromMilliseconds(900),
                $"{pair.Second} attempts took {pair.First.Elapsed}"));
    }

    [Theory]
    [InlineData(PipelineKind.TwoStep)]
    [InlineData(PipelineKind.Direct)]
    public async Task A_server_error_on_every_first_attempt_is_retried_to_the_same_result(PipelineKind kind)
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        var expected = await RunAsync(sample, kind, InProcessBaseline());
        await using var host = await StartAsync(new SimulatorOptions { FailFirstAttempts = 1 });

        var result = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl));

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.All(result.Steps, step => Assert.Equal(2, step.Usage!.Attempts));
        var counters = host.Counters;
        Assert.Equal(result.Steps.Count, counters.ServerErrors);
        Assert.Equal(2 * result.Steps.Count, counters.Requests);
        AssertSamePrediction(expected.Prediction!, result.Prediction);
    }

    [Theory]
    [InlineData(PipelineKind.TwoStep, TwoStepPipeline.ExtractionStep)]
    [InlineData(PipelineKind.Direct, DirectPipeline.DirectStep)]
    public async Task Malformed_json_fails_the_task_as_invalid_json(PipelineKind kind, string failedStep)
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        await using var host = await StartAsync(new SimulatorOptions { MalformedJsonShare = 1 });

        var result = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl));

        Assert.False(result.IsSuccess);
        Assert.Equal(FailureClass.InvalidJson, result.Failure.Kind);
        Assert.Equal("invalid_json", result.Failure.Kind.ToWireName());
        Assert.Equal(failedStep, result.Failure.Step);
        Assert.Single(result.Steps);
        Assert.Equal(1, host.Counters.Malformed);
    }

    [Theory]
    [InlineData(PipelineKind.TwoStep, TwoStepPipeline.ExtractionStep)]
    [InlineData(PipelineKind.Direct, DirectPipeline.DirectStep)]
    public async Task A_truncated_answer_fails_the_task_as_truncated(PipelineKind kind, string failedStep)
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        await using var host = await StartAsync(new SimulatorOptions { TruncatedShare = 1 });

        var result = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl));

        Assert.False(result.IsSuccess);
        Assert.Equal(FailureClass.Truncated, result.Failure.Kind);
        Assert.Equal("truncated", result.Failure.Kind.ToWireName());
        Assert.Equal(failedStep, result.Failure.Step);
        Assert.Equal("length", Assert.Single(result.Steps).FinishReason);
        Assert.Equal(1, host.Counters.Truncated);
    }

    [Theory]
    [InlineData(PipelineKind.TwoStep)]
    [InlineData(PipelineKind.Direct)]
    public async Task A_second_identical_run_is_answered_by_the_response_cache_without_a_request_or_a_bill(PipelineKind kind)
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        await using var host = await StartAsync(new SimulatorOptions());
        var folder = Directory.CreateTempSubdirectory("mcodebench-cache-");
        try
        {
            var first = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl, new FileSystemResponseCacheStore(folder.FullName)));
            var afterFirst = host.Counters;
            // A new client over the same cache folder: as a later run of the same task would be.
            var second = await RunAsync(sample, kind, SimulatedModel.Client(host.BaseUrl, new FileSystemResponseCacheStore(folder.FullName)));

            Assert.True(first.IsSuccess, first.Failure?.Message);
            Assert.True(second.IsSuccess, second.Failure?.Message);
            Assert.Equal(first.Steps.Count, afterFirst.Requests);
            Assert.Equal(afterFirst, host.Counters);
            Assert.Equal(0, first.Totals.CacheHits);
            Assert.True(first.Totals.Cost > 0m, $"first run: {first.Totals}");

            var totals = second.Totals;
            Assert.Equal((first.Steps.Count, first.Steps.Count), (totals.Calls, totals.CacheHits));
            Assert.Equal((0L, 0L, 0m), (totals.InputTokens, totals.OutputTokens, totals.Cost));
            Assert.Equal(first.Totals.Cost, totals.WouldBeCost);
            Assert.Equal((first.Totals.InputTokens, first.Totals.OutputTokens), (totals.WouldBeInputTokens, totals.WouldBeOutputTokens));
            Assert.All(second.Steps, step => Assert.Equal(0, step.Usage!.Attempts));
            Assert.Equal(RawOutputs(first), RawOutputs(second));
            AssertSamePrediction(first.Prediction, second.Prediction);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Simulated_repeats_draw_different_noise_and_a_replayed_repeat_draws_the_same()
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        await using var host = await StartAsync(new SimulatorOptions { DropShare = 0.2, BoundaryShiftShare = 0.2, InventShare = 0.1 });
        var client = SimulatedModel.Client(host.BaseUrl);

        var repeat0 = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex: 0);
        var repeat1 = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex: 1);
        var repeat0Again = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex: 0);

        Assert.True(repeat0.IsSuccess, repeat0.Failure?.Message);
        Assert.True(repeat1.IsSuccess, repeat1.Failure?.Message);
        Assert.True(repeat0Again.IsSuccess, repeat0Again.Failure?.Message);
        Assert.Equal(3, host.Counters.Completed);
        Assert.NotEqual(RawOutputs(repeat0), RawOutputs(repeat1));
        Assert.Equal(RawOutputs(repeat0), RawOutputs(repeat0Again));
        Assert.NotEqual(sample.Score(repeat0.Prediction).Entities.Strict, sample.Score(repeat1.Prediction).Entities.Strict);
    }

    [Fact]
    public async Task A_real_provider_pointed_at_the_simulator_is_sent_no_repeat_seed()
    {
        var sample = await SampleTrial.LoadAsync(TrialId, Token);
        await using var host = await StartAsync(new SimulatorOptions { DropShare = 0.2, BoundaryShiftShare = 0.2, InventShare = 0.1 });
        // The same server, declared as an ordinary OpenAI-compatible endpoint: repeats are identical on the wire.
        var definition = SimulatedModel.Definition(host.BaseUrl) with { Provider = ProviderKind.OpenAICompatible };
        var client = new ModelPipelineBuilder().Build(definition, new ChatClientFactory());

        var repeat0 = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex: 0);
        var repeat1 = await RunAsync(sample, PipelineKind.Direct, client, repeatIndex: 1);

        Assert.True(repeat0.IsSuccess, repeat0.Failure?.Message);
        Assert.Equal(2, host.Counters.Completed);
        Assert.Equal(RawOutputs(repeat0), RawOutputs(repeat1));
    }
}
