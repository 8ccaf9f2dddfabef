using System.Diagnostics;
using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Pipeline;

public sealed class ModelPipelineBuilderTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "<clinical_text>KRAS G12C</clinical_text>")];

    private static ModelDefinition Model(GenerationParameters? parameters = null) => new(
        "test-model", ProviderKind.OpenAICompatible, "http://scripted.test/v1", "scripted-model", null,
        parameters ?? new GenerationParameters(Temperature: 0.2f, MaxOutputTokens: 2048, JsonMode: true, Seed: 11, TopP: 0.95f),
        new ModelPricing(1m, 2m), RequestsPerMinute: null, MaxConcurrency: 1, Timeout: TimeSpan.FromSeconds(30), Tags: []);

    [Fact]
    public async Task ModelDefaultsFillUnsetParametersAndOwnKeysAreStripped()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new ModelPipelineBuilder().Build(Model(), inner);

        await client.GetResponseAsync(
            Prompt,
            new ChatOptions { Temperature = 0.9f, AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 3 } },
            TestContext.Current.CancellationToken);

        var seen = Assert.Single(inner.SeenOptions)!;
        Assert.Equal(0.9f, seen.Temperature);
        Assert.Equal(2048, seen.MaxOutputTokens);
        Assert.Equal(11, seen.Seed);
        Assert.Equal(0.95f, seen.TopP);
        Assert.IsType<ChatResponseFormatJson>(seen.ResponseFormat);
        Assert.Null(seen.AdditionalProperties);
    }

    [Fact]
    public async Task RetriesCachingAndAccountingWorkTogether()
    {
        var inner = new ScriptedChatClient(
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(503)),
            ScriptedChatClient.Answer("{\"entities\":[]}", inputTokens: 1_000_000, outputTokens: 0));
        var store = new InMemoryResponseCacheStore();
        var client = new ModelPipelineBuilder(new ModelPipelineOptions
        {
            CacheStore = store,
            Retry = new RetryOptions { TimeProvider = new TestClock() },
        }).Build(Model(), inner);
        var options = new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 0 } };

        var first = (await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken)).GetCallUsage()!;
        var second = (await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken)).GetCallUsage()!;

        Assert.Equal((2, false, 1m), (first.Attempts, first.FromResponseCache, first.BilledCost));
        Assert.Equal((0, true, 0m, 1m), (second.Attempts, second.FromResponseCache, second.BilledCost, second.Cost));
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task CallsAreTracedWithGenAiConventionsUnderTheMcodeBenchSource()
    {
        // Other tests trace under the same source in parallel: a model id of its own tells this test's call apart.
        var modelId = "traced-" + Guid.NewGuid().ToString("N");
        var activities = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "McodeBench",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var client = new ModelPipelineBuilder().Build(Model(), new ScriptedChatClient(ScriptedChatClient.Answer("{}")));

        await client.GetResponseAsync(Prompt, new ChatOptions { ModelId = modelId }, TestContext.Current.CancellationToken);

        var activity = Assert.Single(activities, a => Equals(a.GetTagItem("gen_ai.request.model"), modelId));
        Assert.Equal("chat", activity.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("scripted-model", activity.GetTagItem("gen_ai.response.model"));
    }
}
