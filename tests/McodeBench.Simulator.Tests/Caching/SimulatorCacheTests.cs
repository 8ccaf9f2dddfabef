using McodeBench.Core.Models;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Models.Caching;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Caching;

/// <summary>The response cache in front of a real HTTP model: hits send nothing over the wire.</summary>
public sealed class SimulatorCacheTests
{
    private static ChatOptions Repeat(int index) => new() { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = index } };

    [Fact]
    public async Task ASecondIdenticalCallIsACacheHitWithoutAnyRequest()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl, cache: new InMemoryResponseCacheStore());

        var first = await client.GetResponseAsync(SimulatedModel.Messages(), Repeat(0), TestContext.Current.CancellationToken);
        var requestsAfterFirst = host.Counters.Requests;
        var second = await client.GetResponseAsync(SimulatedModel.Messages(), Repeat(0), TestContext.Current.CancellationToken);

        Assert.Equal(1, requestsAfterFirst);
        Assert.Equal(requestsAfterFirst, host.Counters.Requests);
        Assert.Equal(first.Text, second.Text);
        var hit = second.GetCallUsage()!;
        Assert.True(hit.FromResponseCache);
        Assert.Equal(0, hit.Attempts);
        Assert.True(hit.Cost > 0m);
        Assert.Equal(first.GetCallUsage()!.Cost, hit.Cost);
        Assert.Equal(0m, hit.BilledCost);
    }

    [Fact]
    public async Task ADifferentRepeatIndexIsAMiss()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl, cache: new InMemoryResponseCacheStore());

        await client.GetResponseAsync(SimulatedModel.Messages(), Repeat(0), TestContext.Current.CancellationToken);
        var other = await client.GetResponseAsync(SimulatedModel.Messages(), Repeat(1), TestContext.Current.CancellationToken);

        Assert.Equal(2, host.Counters.Requests);
        Assert.False(other.GetCallUsage()!.FromResponseCache);
    }
}
