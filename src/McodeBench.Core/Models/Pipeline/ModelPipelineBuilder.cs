using McodeBench.Core.Library;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Providers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace McodeBench.Core.Models.Pipeline;

/// <summary>
/// Wraps a provider client in McodeBench's middleware, outermost first:
/// model defaults → usage accounting → response cache → repeat seed (simulated models only) → option-key stripping →
/// OpenTelemetry → retry → per-call timeout → provider. Accounting sits outside the cache so hits are measured too;
/// the cache sits outside telemetry and retry so a hit costs no span and no attempt; the repeat seed reads the repeat
/// index before the stripping layer removes it; retry sits outside the timeout so every attempt gets its own deadline
/// and a deadline is just another transient failure.
/// </summary>
public sealed class ModelPipelineBuilder(ModelPipelineOptions? options = null)
{
    private readonly ModelPipelineOptions options = options ?? new ModelPipelineOptions();

    /// <summary>Creates the provider client with <paramref name="factory"/> and wraps it.</summary>
    /// <param name="onRateLimitedRetry">Told of each 429 the retry layer retries for this model (see <see cref="RetryOptions.OnRateLimitedRetry"/>).</param>
    public IChatClient Build(ModelDefinition model, ChatClientFactory factory, Action<TimeSpan?>? onRateLimitedRetry = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Build(model, factory.Create(model), onRateLimitedRetry);
    }

    public IChatClient Build(ModelDefinition model, IChatClient providerClient, Action<TimeSpan?>? onRateLimitedRetry = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(providerClient);
        var builder = new ChatClientBuilder(providerClient);
        if (options.ApplyModelDefaults)
        {
            builder.UseModelDefaults(model.Parameters);
        }

        builder.UseUsageAccounting(model.Pricing, options.TimeProvider);
        if (options.CacheStore is { } store)
        {
            builder.UseResponseCache(store, new ResponseCacheOptions(CacheEndpoint(model), model.ModelId)
            {
                TimeToLive = options.CacheTimeToLive,
                Logger = options.LoggerFactory?.CreateLogger<ResponseCacheChatClient>(),
            });
        }

        if (model.Provider == ProviderKind.Simulator)
        {
            // The simulator's noise is seeded by the request body, so repeats must differ on the wire. Real
            // providers never get a seed the user did not configure (see RepeatSeedChatClient).
            builder.UseRepeatSeed();
        }

        return builder
            .UseMcodeOptionKeyStripping()
            .UseOpenTelemetry(options.LoggerFactory, options.TelemetrySourceName, telemetry => telemetry.EnableSensitiveData = options.TelemetryIncludesContent)
            .UseMcodeRetry(onRateLimitedRetry is null ? options.Retry : options.Retry with { OnRateLimitedRetry = onRateLimitedRetry })
            .UseCallTimeout(model.Timeout, options.TimeProvider)
            .Build();
    }

    /// <summary>The endpoint as keyed; providers without one (the rules baseline) are keyed by their kind.</summary>
    private static string CacheEndpoint(ModelDefinition model) =>
        model.Endpoint ?? $"mcodebench:{model.Provider.ToString().ToLowerInvariant()}";
}
