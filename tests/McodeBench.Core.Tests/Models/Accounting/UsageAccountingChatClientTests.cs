using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Accounting;

public sealed class UsageAccountingChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "<clinical_text>ECOG 0-1</clinical_text>")];

    /// <summary>$2.50 in / $10 out per million tokens.</summary>
    private static readonly ModelPricing Pricing = new(2.50m, 10m);

    [Fact]
    public async Task ABilledCallReportsTokensCostAndAttempts()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}", inputTokens: 2000, outputTokens: 500));
        var client = new UsageAccountingChatClient(inner, Pricing);

        var usage = (await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage();

        Assert.NotNull(usage);
        Assert.Equal((2000L, 500L, false, 1), (usage.InputTokens, usage.OutputTokens, usage.FromResponseCache, usage.Attempts));
        Assert.Equal(0.01m, usage.Cost);
        Assert.Equal(usage.Cost, usage.BilledCost);
        Assert.True(usage.Latency >= TimeSpan.Zero);
    }

    [Fact]
    public async Task LatencyIsMeasuredOnTheInjectedClock()
    {
        var clock = new TestClock();
        var inner = new ScriptedChatClient((_, _) =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(1500));
            return ScriptedChatClient.Answer("{}")(null, default);
        });
        var client = new UsageAccountingChatClient(inner, Pricing, clock);

        var usage = (await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage();

        Assert.Equal(TimeSpan.FromMilliseconds(1500), usage!.Latency);
    }

    [Fact]
    public async Task ProviderCachedInputTokensAndRetryAttemptsAreCarriedOver()
    {
        var inner = new ScriptedChatClient((_, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}"))
        {
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 3000, OutputTokenCount = 10, CachedInputTokenCount = 2048 },
            AdditionalProperties = new() { [ChatOptionKeys.Attempts] = 3 },
        }));
        var client = new UsageAccountingChatClient(inner, Pricing);

        var usage = (await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage();

        Assert.Equal(2048, usage!.ProviderCachedInputTokens);
        Assert.Equal(3, usage.Attempts);
    }

    [Fact]
    public async Task ACacheHitBillsNothingButKeepsTheWouldBeCost()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}", inputTokens: 4000, outputTokens: 1000));
        var client = new UsageAccountingChatClient(
            new ResponseCacheChatClient(inner, new InMemoryResponseCacheStore(), new ResponseCacheOptions("http://scripted.test/v1", "scripted-model")),
            Pricing);

        var first = (await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage()!;
        var hit = (await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage()!;

        Assert.False(first.FromResponseCache);
        Assert.True(hit.FromResponseCache);
        Assert.Equal(0, hit.Attempts);
        Assert.Equal(0.02m, hit.Cost);
        Assert.Equal(first.Cost, hit.Cost);
        Assert.Equal(0m, hit.BilledCost);
        Assert.Equal(0, hit.BilledInputTokens + hit.BilledOutputTokens);
        Assert.Equal(hit.Cost, hit.SavedCost);
    }

    [Fact]
    public async Task AStreamEndsWithAnUpdateCarryingTheUsage()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("streamed", inputTokens: 1000, outputTokens: 100));
        var client = new UsageAccountingChatClient(inner, Pricing);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.Equal("streamed", response.Text);
        Assert.Equal(updates[^1].GetCallUsage(), response.GetCallUsage());
        Assert.Equal((1000L, 100L), (response.GetCallUsage()!.InputTokens, response.GetCallUsage()!.OutputTokens));
        Assert.Equal(0.0035m, response.GetCallUsage()!.Cost);
    }
}
