using McodeBench.Core.Models;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Pipelines;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Faults;

/// <summary>The deterministic server error: the first n requests of each distinct body fail, the next one is answered.</summary>
public sealed class FailFirstAttemptsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_body_fails_exactly_n_times_and_then_succeeds()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { FailFirstAttempts = 2 }, new TrialAnswerChatClient(), cancellationToken: Token);
        var client = SimulatedModel.Client(host.BaseUrl, maxAttempts: 4);

        var first = await client.GetResponseAsync(SimulatedModel.Messages("Extract entities (call A)."), cancellationToken: Token);
        var second = await client.GetResponseAsync(SimulatedModel.Messages("Extract entities (call B)."), cancellationToken: Token);

        Assert.Equal(TrialAnswerChatClient.Answer, first.Text);
        Assert.Equal((3, 3), (first.GetCallUsage()!.Attempts, second.GetCallUsage()!.Attempts));
        Assert.Equal(new SimulatorCounters(Requests: 6, RateLimited: 0, ServerErrors: 4, Timeouts: 0, Malformed: 0, Truncated: 0, Completed: 2), host.Counters);
    }

    [Fact]
    public async Task Fewer_attempts_than_failures_end_as_a_provider_error()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { FailFirstAttempts = 2 }, new TrialAnswerChatClient(), cancellationToken: Token);
        var client = SimulatedModel.Client(host.BaseUrl, maxAttempts: 2);

        var thrown = await Assert.ThrowsAsync<ModelCallException>(() => client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: Token));

        Assert.Equal(FailureClass.ProviderError, thrown.Failure);
        Assert.Equal(2, thrown.Attempts);
        Assert.Equal(500, thrown.StatusCode);
    }

    [Fact]
    public async Task A_negative_count_is_refused_by_name()
    {
        var thrown = await Assert.ThrowsAsync<ArgumentException>(
            () => SimulatorHost.StartAsync(new SimulatorOptions { FailFirstAttempts = -1 }, new TrialAnswerChatClient(), cancellationToken: Token));

        Assert.Contains(nameof(SimulatorOptions.FailFirstAttempts), thrown.Message, StringComparison.Ordinal);
    }
}
