using System.Collections.Concurrent;
using McodeBench.Core.Library;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Models.RulesBaseline;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Execution;

/// <summary>
/// One middleware-wrapped <see cref="IChatClient"/> per model, built on first use and shared by every task of that
/// model, so connection pools, rate-limit backoff and the response cache are per model rather than per task.
/// </summary>
public sealed class ModelClientRegistry(ChatClientFactory factory, ModelPipelineBuilder builder) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IChatClient>> clients = new(StringComparer.Ordinal);

    /// <summary>The registry the product uses: the rules baseline in-process, everything else over HTTP.</summary>
    public static ModelClientRegistry CreateDefault(IResponseCacheStore? cacheStore = null, HttpClient? httpClient = null) =>
        new(
            new ChatClientFactory(new ChatClientFactoryOptions { HttpClient = httpClient, RulesBaseline = _ => new RulesBaselineChatClient() }),
            new ModelPipelineBuilder(new ModelPipelineOptions { CacheStore = cacheStore }));

    public IChatClient For(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return clients.GetOrAdd(model.Key, _ => new Lazy<IChatClient>(() => builder.Build(model, factory, retryAfter => RateLimitedRetry?.Invoke(this, new ModelRateLimitedEventArgs(model.Key, retryAfter))))).Value;
    }

    /// <summary>A model answered 429 and the retry layer is about to try again; the engine's scheduler backs that model off.</summary>
    public event EventHandler<ModelRateLimitedEventArgs>? RateLimitedRetry;

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(lazy => lazy.IsValueCreated))
        {
            client.Value.Dispose();
        }

        clients.Clear();
    }
}
