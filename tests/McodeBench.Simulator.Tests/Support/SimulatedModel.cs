using McodeBench.Core.Library;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Models.Retry;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Support;

/// <summary>Builds the production path against a running simulator: ChatClientFactory (real OpenAI client) + pipeline.</summary>
public static class SimulatedModel
{
    /// <summary>$1 per million input tokens, $4 per million output tokens.</summary>
    public static ModelPricing Pricing { get; } = new(1m, 4m);

    public static ModelDefinition Definition(Uri endpoint, TimeSpan? timeout = null, string? apiKeyVariable = null) => new(
        "simulated-test", ProviderKind.Simulator, endpoint.ToString(), "sim-model", apiKeyVariable,
        new GenerationParameters(), Pricing, RequestsPerMinute: null, MaxConcurrency: 4,
        Timeout: timeout ?? TimeSpan.FromSeconds(30), Tags: ["simulated"]);

    public static IChatClient Client(
        Uri endpoint, IResponseCacheStore? cache = null, int maxAttempts = 4, TimeSpan? timeout = null, string? apiKeyVariable = null) =>
        new ModelPipelineBuilder(new ModelPipelineOptions
        {
            CacheStore = cache,
            Retry = new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
        }).Build(Definition(endpoint, timeout, apiKeyVariable), new ChatClientFactory());

    public static ChatMessage[] Messages(string instruction = "Extract the oncology entities as JSON.") =>
        [new(ChatRole.System, "You extract mCODE data elements."), new(ChatRole.User, TrialAnswerChatClient.Prompt(instruction))];
}
