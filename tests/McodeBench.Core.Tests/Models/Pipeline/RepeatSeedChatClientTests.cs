using System.Text.Json;
using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Pipeline;

/// <summary>Simulated repeats get their own request seed; real providers are sent only the seed the user configured.</summary>
public sealed class RepeatSeedChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "<clinical_text>KRAS G12C</clinical_text>")];

    private static ModelDefinition Model(ProviderKind provider, long? seed) => new(
        "test-model", provider, provider is ProviderKind.RulesBaseline ? null : "http://scripted.test/v1", "scripted-model", null,
        new GenerationParameters(Seed: seed), new ModelPricing(1m, 2m), RequestsPerMinute: null, MaxConcurrency: 1,
        Timeout: TimeSpan.FromSeconds(30), Tags: []);

    /// <summary>A telemetry source of its own, so these calls never show up in another test's span listener.</summary>
    private static ModelPipelineOptions Options(IResponseCacheStore? cache = null) =>
        new() { CacheStore = cache, TelemetrySourceName = "McodeBench.Tests.RepeatSeed" };

    private static ChatOptions Repeat(int repeatIndex, long? seed = null) =>
        new() { Seed = seed, AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = repeatIndex } };

    private static async Task<IReadOnlyList<ChatOptions?>> SeenAsync(ModelDefinition model, params ChatOptions[] calls)
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new ModelPipelineBuilder(Options()).Build(model, inner);
        foreach (var options in calls)
        {
            await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken);
        }

        return inner.SeenOptions;
    }

    [Fact]
    public void The_derived_seed_follows_the_documented_formula()
    {
        // Low 31 bits of the first four bytes (big-endian) of SHA-256("mcodebench.repeat-seed|{seed}|{repeat}"),
        // computed independently of the product code.
        Assert.Equal(1805327157, RepeatSeedChatClient.DeriveSeed(0, 0));
        Assert.Equal(1592155623, RepeatSeedChatClient.DeriveSeed(0, 1));
        Assert.Equal(817467843, RepeatSeedChatClient.DeriveSeed(42, 3));
    }

    [Fact]
    public void Derived_seeds_are_non_negative_31_bit_and_distinct_across_repeats_and_seeds()
    {
        var seeds = (from seed in new long[] { 0, 1, 2, 42, -7, long.MaxValue }
                     from repeat in Enumerable.Range(0, 50)
                     select RepeatSeedChatClient.DeriveSeed(seed, repeat)).ToList();

        Assert.All(seeds, seed => Assert.InRange(seed, 0, int.MaxValue));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.NotEqual(RepeatSeedChatClient.DeriveSeed(0, 1), RepeatSeedChatClient.DeriveSeed(1, 0));
    }

    [Fact]
    public async Task A_simulated_model_sends_each_repeat_its_own_seed_and_the_same_repeat_the_same_seed()
    {
        var seen = await SeenAsync(Model(ProviderKind.Simulator, seed: 11), Repeat(0), Repeat(1), Repeat(0));

        Assert.Equal(RepeatSeedChatClient.DeriveSeed(11, 0), seen[0]!.Seed);
        Assert.Equal(RepeatSeedChatClient.DeriveSeed(11, 1), seen[1]!.Seed);
        Assert.Equal(seen[0]!.Seed, seen[2]!.Seed);
        Assert.NotEqual(seen[0]!.Seed, seen[1]!.Seed);
        Assert.All(seen, options => Assert.Null(options!.AdditionalProperties));
    }

    [Fact]
    public async Task Without_a_configured_seed_the_base_is_zero_and_a_callers_seed_takes_precedence()
    {
        var seen = await SeenAsync(Model(ProviderKind.Simulator, seed: null), Repeat(2), Repeat(2, seed: 5));

        Assert.Equal(RepeatSeedChatClient.DeriveSeed(0, 2), seen[0]!.Seed);
        Assert.Equal(RepeatSeedChatClient.DeriveSeed(5, 2), seen[1]!.Seed);
    }

    [Fact]
    public async Task A_simulated_call_without_a_repeat_index_keeps_its_seed()
    {
        var seen = await SeenAsync(Model(ProviderKind.Simulator, seed: 11), new ChatOptions());

        Assert.Equal(11, seen[0]!.Seed);
    }

    [Theory]
    [InlineData(ProviderKind.OpenAICompatible, 11L)]
    [InlineData(ProviderKind.OpenAICompatible, null)]
    [InlineData(ProviderKind.Anthropic, null)]
    [InlineData(ProviderKind.Ollama, 3L)]
    [InlineData(ProviderKind.RulesBaseline, null)]
    public async Task Real_providers_are_sent_only_the_seed_the_user_configured(ProviderKind provider, long? seed)
    {
        var seen = await SeenAsync(Model(provider, seed), Repeat(0), Repeat(1), Repeat(7));

        Assert.All(seen, options => Assert.Equal(seed, options!.Seed));
    }

    [Fact]
    public async Task The_callers_options_are_left_untouched()
    {
        var options = Repeat(4, seed: 9);

        await SeenAsync(Model(ProviderKind.Simulator, seed: null), options);

        Assert.Equal(9, options.Seed);
        Assert.Equal(4, options.AdditionalProperties![ChatOptionKeys.RepeatIndex]);
        var seeded = RepeatSeedChatClient.WithRepeatSeed(options)!;
        Assert.NotSame(options, seeded);
        Assert.Equal(RepeatSeedChatClient.DeriveSeed(9, 4), seeded.Seed);
        var unrepeated = new ChatOptions { Seed = 9 };
        Assert.Same(unrepeated, RepeatSeedChatClient.WithRepeatSeed(unrepeated));
    }

    [Fact]
    public async Task Streaming_calls_are_seeded_too()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new ModelPipelineBuilder(Options()).Build(Model(ProviderKind.Simulator, seed: 1), inner);

        await foreach (var _ in client.GetStreamingResponseAsync(Prompt, Repeat(3), TestContext.Current.CancellationToken))
        {
        }

        Assert.Equal(RepeatSeedChatClient.DeriveSeed(1, 3), Assert.Single(inner.SeenOptions)!.Seed);
    }

    [Fact]
    public async Task The_cache_keys_on_the_repeat_so_a_replayed_repeat_is_a_hit_and_a_new_repeat_is_sent()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new ModelPipelineBuilder(Options(new InMemoryResponseCacheStore()))
            .Build(Model(ProviderKind.Simulator, seed: null), inner);

        foreach (var repeat in new[] { 0, 0, 1, 1 })
        {
            await client.GetResponseAsync(Prompt, Repeat(repeat), TestContext.Current.CancellationToken);
        }

        Assert.Equal(
            [RepeatSeedChatClient.DeriveSeed(0, 0), RepeatSeedChatClient.DeriveSeed(0, 1)],
            inner.SeenOptions.Select(options => options!.Seed!.Value));
    }

    [Theory]
    [InlineData("first")]
    [InlineData(1.5)]
    [InlineData(true)]
    public void A_repeat_index_that_is_not_an_integer_is_refused_with_the_key_named(object value)
    {
        var options = new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = value } };

        var thrown = Assert.Throws<ArgumentException>(() => RepeatSeedChatClient.WithRepeatSeed(options));

        Assert.Contains(ChatOptionKeys.RepeatIndex, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeat_index_read_back_from_json_seeds_like_the_integer()
    {
        using var document = JsonDocument.Parse("3");
        var fromJson = new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = document.RootElement.Clone() } };
        var asLong = new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 3L } };

        Assert.Equal(RepeatSeedChatClient.DeriveSeed(0, 3), RepeatSeedChatClient.WithRepeatSeed(fromJson)!.Seed);
        Assert.Equal(RepeatSeedChatClient.DeriveSeed(0, 3), RepeatSeedChatClient.WithRepeatSeed(asLong)!.Seed);
    }
}
