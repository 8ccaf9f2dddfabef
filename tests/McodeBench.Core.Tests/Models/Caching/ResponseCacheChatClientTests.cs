using McodeBench.Core.Models;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Caching;

public sealed class ResponseCacheChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "<clinical_text>Stage IV NSCLC</clinical_text>")];
    private static readonly ResponseCacheOptions CacheOptions = new("http://scripted.test/v1", "scripted-model");

    private static ChatOptions Repeat(int index) => new() { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = index } };

    [Fact]
    public async Task AnIdenticalSecondCallIsAnsweredFromTheCache()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{\"entities\":[]}", inputTokens: 1200, outputTokens: 80));
        var store = new InMemoryResponseCacheStore();
        var client = new ResponseCacheChatClient(inner, store, CacheOptions);

        var first = await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);
        var second = await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(ChatFinishReason.Stop, second.FinishReason);
        Assert.Equal(1200, second.Usage!.InputTokenCount);
        Assert.Equal(80, second.Usage.OutputTokenCount);
        Assert.Equal(true, second.AdditionalProperties![ChatOptionKeys.FromResponseCache]);
        Assert.Null(first.AdditionalProperties?.GetValueOrDefault(ChatOptionKeys.FromResponseCache));
    }

    [Fact]
    public async Task ADifferentRepeatIndexIsAMiss()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new ResponseCacheChatClient(inner, new InMemoryResponseCacheStore(), CacheOptions);

        await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);
        await client.GetResponseAsync(Prompt, Repeat(1), TestContext.Current.CancellationToken);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task ErrorsAreNeverCached()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(new InvalidOperationException("provider down")), ScriptedChatClient.Answer("{}"));
        var store = new InMemoryResponseCacheStore();
        var client = new ResponseCacheChatClient(inner, store, CacheOptions);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken));
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
        var recovered = await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);

        Assert.Equal("{}", recovered.Text);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task TruncatedAnswersAreNotCached()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{\"entit", finish: ChatFinishReason.Length));
        var store = new InMemoryResponseCacheStore();
        var client = new ResponseCacheChatClient(inner, store, CacheOptions);

        await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);
        await client.GetResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken);

        Assert.Equal(2, inner.Calls);
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StreamsPassThroughUncached()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("streamed"));
        var store = new InMemoryResponseCacheStore();
        var client = new ResponseCacheChatClient(inner, store, CacheOptions);

        for (var round = 0; round < 2; round++)
        {
            var updates = new List<ChatResponseUpdate>();
            await foreach (var update in client.GetStreamingResponseAsync(Prompt, Repeat(0), TestContext.Current.CancellationToken))
            {
                updates.Add(update);
            }

            Assert.Equal("streamed", updates.ToChatResponse().Text);
        }

        Assert.Equal(2, inner.Calls);
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CallsWithARawRepresentationFactoryBypassTheCache()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var store = new InMemoryResponseCacheStore();
        var client = new ResponseCacheChatClient(inner, store, CacheOptions);
        var options = new ChatOptions { RawRepresentationFactory = _ => null };

        await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken);
        await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(0, (await store.GetStatsAsync(TestContext.Current.CancellationToken)).Entries);
    }
}
