using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using McodeBench.Core.Library;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace McodeBench.Core.Models.Providers;

/// <summary>
/// Creates the bare provider <see cref="IChatClient"/> of a model-library entry (no middleware; see
/// <c>ModelPipelineBuilder</c>). The SDKs' own retries are switched off so McodeBench's retry middleware is the only
/// retry layer, and their network timeouts are set a little above the model's timeout so the per-call timeout
/// middleware decides. The API key is read from the environment variable the entry names, at creation.
/// </summary>
public sealed class ChatClientFactory(ChatClientFactoryOptions? options = null)
{
    /// <summary>Sent to keyless local endpoints (simulator, vLLM, llama.cpp, Ollama's OpenAI endpoint), which ignore it.</summary>
    public const string KeylessPlaceholder = "no-key-required";

    public const string DefaultOpenAIEndpoint = "https://api.openai.com/v1";

    public const string DefaultOllamaEndpoint = "http://localhost:11434";

    /// <summary>How much longer than the model's timeout the SDK waits, so the timeout middleware fires first.</summary>
    private static readonly TimeSpan NetworkTimeoutMargin = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan UnboundedNetworkTimeout = TimeSpan.FromHours(1);

    private readonly ChatClientFactoryOptions options = options ?? new ChatClientFactoryOptions();

    private ApiKeyResolver Keys => new(options.ReadEnvironmentVariable);

    public IChatClient Create(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Provider switch
        {
            ProviderKind.OpenAICompatible => CreateOpenAI(model, EndpointOf(model, DefaultOpenAIEndpoint)),
            ProviderKind.Simulator => CreateOpenAI(model, EndpointOf(model, null)),
            ProviderKind.Anthropic => CreateAnthropic(model),
            ProviderKind.Ollama => CreateOllama(model),
            ProviderKind.RulesBaseline => options.RulesBaseline?.Invoke(model)
                ?? throw new InvalidOperationException(
                    $"Model '{model.Key}' is the rules baseline, but no rules-baseline client was given to the ChatClientFactory (ChatClientFactoryOptions.RulesBaseline)."),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Provider, $"Model '{model.Key}' has an unknown provider kind."),
        };
    }

    private IChatClient CreateOpenAI(ModelDefinition model, Uri endpoint)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = NetworkTimeout(model),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (options.HttpClient is { } http)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(http);
        }

        var key = ApiKey(model) ?? KeylessPlaceholder;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(model.ModelId).AsIChatClient();
    }

    private IChatClient CreateAnthropic(ModelDefinition model)
    {
        if (model.ApiKeyVariable is null)
        {
            throw new ArgumentException(
                $"Model '{model.Key}' uses Anthropic, which needs an API key: set \"api_key_env\" (e.g. ANTHROPIC_API_KEY) in the model library.",
                nameof(model));
        }

        IAnthropicClient client = new AnthropicClient
        {
            ApiKey = ApiKey(model),
            MaxRetries = 0,
            Timeout = NetworkTimeout(model),
        };
        if (model.Endpoint is not null)
        {
            var baseUrl = EndpointOf(model, null).ToString().TrimEnd('/');
            client = client.WithOptions(clientOptions => clientOptions with { BaseUrl = baseUrl });
        }

        if (options.HttpClient is { } http)
        {
            client = client.WithOptions(clientOptions => clientOptions with { HttpClient = http });
        }

        return client.AsIChatClient(model.ModelId, model.Parameters.MaxOutputTokens);
    }

    private OllamaApiClient CreateOllama(ModelDefinition model)
    {
        var endpoint = EndpointOf(model, DefaultOllamaEndpoint);
        var http = options.HttpClient is { BaseAddress: not null } shared
            ? shared
            : new HttpClient { BaseAddress = endpoint, Timeout = NetworkTimeout(model) };
        var client = new OllamaApiClient(http, model.ModelId);
        if (ApiKey(model) is { } key)
        {
            client.DefaultRequestHeaders["Authorization"] = "Bearer " + key;
        }

        return client;
    }

    /// <summary>The key from the named variable; null when the model names none; <see cref="ApiKeyMissingException"/> when it is unset.</summary>
    private string? ApiKey(ModelDefinition model) => Keys.Resolve(model);

    private static Uri EndpointOf(ModelDefinition model, string? fallback)
    {
        var text = model.Endpoint ?? fallback
            ?? throw new ArgumentException($"Model '{model.Key}' ({model.Provider}) needs an endpoint (base URL such as http://127.0.0.1:5199/v1).", nameof(model));
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Model '{model.Key}' has endpoint '{text}', which is not an absolute http(s) URL.", nameof(model));
        }

        return uri;
    }

    private static TimeSpan NetworkTimeout(ModelDefinition model) =>
        model.Timeout > TimeSpan.Zero ? model.Timeout + NetworkTimeoutMargin : UnboundedNetworkTimeout;
}
