using McodeBench.Core.Library;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Providers;

/// <summary>What the <see cref="ChatClientFactory"/> needs from its host.</summary>
public sealed record ChatClientFactoryOptions
{
    /// <summary>
    /// Shared HTTP client (pooling, tests). Used by OpenAI-compatible, simulator and Anthropic models; for Ollama only
    /// when its <see cref="HttpClient.BaseAddress"/> is set (OllamaSharp resolves requests against it), otherwise the
    /// factory creates a client for the model's endpoint. Its own <see cref="HttpClient.Timeout"/> still applies.
    /// </summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Creates the rules-baseline client for a model of kind <see cref="ProviderKind.RulesBaseline"/>.</summary>
    public Func<ModelDefinition, IChatClient>? RulesBaseline { get; init; }

    /// <summary>Reads an environment variable; tests replace it so they need not touch the process environment.</summary>
    public Func<string, string?> ReadEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;
}
