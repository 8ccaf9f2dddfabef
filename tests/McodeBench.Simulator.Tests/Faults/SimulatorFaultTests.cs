using System.Diagnostics;
using System.Text.Json;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Pipelines;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Faults;

/// <summary>Injected faults over real HTTP, and how the production pipeline copes with them.</summary>
public sealed class SimulatorFaultTests
{
    [Fact]
    public async Task RateLimitedCallsAreRetriedAfterRetryAfter()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { RequestsPerSecond = 0.34, Burst = 1 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        async Task<(CallUsage Usage, TimeSpan Elapsed)> CallAsync(string instruction)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetResponseAsync(SimulatedModel.Messages(instruction), cancellationToken: TestContext.Current.CancellationToken);
            return (response.GetCallUsage()!, watch.Elapsed);
        }

        var results = await Task.WhenAll(CallAsync("Extract entities (call A)."), CallAsync("Extract entities (call B)."));

        Assert.True(host.Counters.RateLimited >= 1, $"counters: {host.Counters}");
        var retried = results.Where(result => result.Usage.Attempts > 1).ToList();
        Assert.NotEmpty(retried);
        // Backoff is configured at 10-50 ms, so a wait of over a second can only come from Retry-After.
        Assert.All(retried, result => Assert.True(result.Elapsed >= TimeSpan.FromSeconds(1), $"retried call took {result.Elapsed}"));
        Assert.Equal(host.Counters.Requests, results.Sum(result => result.Usage.Attempts));
    }

    [Fact]
    public async Task ServerErrorsAreRetriedToSuccess()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { ServerErrorShare = 0.6 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl, maxAttempts: 12);

        var usages = new List<CallUsage>();
        for (var call = 0; call < 5; call++)
        {
            var response = await client.GetResponseAsync(SimulatedModel.Messages($"Extract entities (call {call})."), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(TrialAnswerChatClient.Answer, response.Text);
            usages.Add(response.GetCallUsage()!);
        }

        Assert.True(host.Counters.ServerErrors > 0, $"counters: {host.Counters}");
        Assert.Contains(usages, usage => usage.Attempts > 1);
        Assert.Equal(host.Counters.Requests, usages.Sum(usage => usage.Attempts));
        Assert.Equal(host.Counters.ServerErrors + 5, host.Counters.Requests);
    }

    [Fact]
    public async Task MalformedJsonIsReturnedVerbatimForTheParserToClassify()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { MalformedJsonShare = 1 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var response = await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Text));
        Assert.Equal(TrialAnswerChatClient.Answer.Length - 1, response.Text.Length);
        Assert.Equal(1, response.GetCallUsage()!.Attempts);
        Assert.Equal(1, host.Counters.Malformed);
    }

    [Fact]
    public async Task TruncatedAnswersEndWithFinishReasonLength()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { TruncatedShare = 1 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var response = await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
        Assert.StartsWith(response.Text, TrialAnswerChatClient.Answer, StringComparison.Ordinal);
        Assert.True(response.Text.Length < TrialAnswerChatClient.Answer.Length);
        Assert.Equal(1, host.Counters.Truncated);
    }

    [Fact]
    public async Task HangingRequestsEndAsTimeoutsAfterEveryAttempt()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { TimeoutShare = 1 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        // Two seconds per attempt: on a loaded machine a shorter timeout can fire before the server has even read the
        // request, and then the server never counts the hang.
        var client = SimulatedModel.Client(host.BaseUrl, maxAttempts: 2, timeout: TimeSpan.FromSeconds(2));

        var thrown = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(FailureClass.Timeout, thrown.Failure);
        Assert.Equal(2, thrown.Attempts);
        for (var waited = 0; host.Counters.Timeouts < 2 && waited < 50; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, host.Counters.Timeouts);
    }

    [Fact]
    public async Task LatencyIsAddedBeforeTheAnswer()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(400) }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var usage = (await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage()!;

        Assert.True(usage.Latency >= TimeSpan.FromMilliseconds(400), $"latency was {usage.Latency}");
    }
}
