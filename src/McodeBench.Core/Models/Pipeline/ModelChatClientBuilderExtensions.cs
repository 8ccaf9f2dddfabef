using McodeBench.Core.Library;
using McodeBench.Core.Models.Accounting;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Models.Timeouts;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Pipeline;

/// <summary><see cref="ChatClientBuilder"/> extensions that add McodeBench's middleware (each one a delegating client).</summary>
public static class ModelChatClientBuilderExtensions
{
    public static ChatClientBuilder UseMcodeRetry(this ChatClientBuilder builder, RetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RetryingChatClient(inner, options));
    }

    public static ChatClientBuilder UseCallTimeout(this ChatClientBuilder builder, TimeSpan timeout, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new CallTimeoutChatClient(inner, timeout, timeProvider));
    }

    public static ChatClientBuilder UseResponseCache(this ChatClientBuilder builder, IResponseCacheStore store, ResponseCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new ResponseCacheChatClient(inner, store, options));
    }

    public static ChatClientBuilder UseUsageAccounting(this ChatClientBuilder builder, ModelPricing pricing, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new UsageAccountingChatClient(inner, pricing, timeProvider));
    }

    /// <summary>Simulated models only: derives the request seed from the repeat index (see <see cref="RepeatSeedChatClient"/>).</summary>
    public static ChatClientBuilder UseRepeatSeed(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RepeatSeedChatClient(inner));
    }

    public static ChatClientBuilder UseMcodeOptionKeyStripping(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new OptionKeyStrippingChatClient(inner));
    }

    /// <summary>Fills every generation parameter the caller left unset from the model library's defaults.</summary>
    public static ChatClientBuilder UseModelDefaults(this ChatClientBuilder builder, GenerationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(parameters);
        return builder.ConfigureOptions(options =>
        {
            options.Temperature ??= parameters.Temperature;
            options.MaxOutputTokens ??= parameters.MaxOutputTokens;
            options.Seed ??= parameters.Seed;
            options.TopP ??= parameters.TopP;
            if (parameters.JsonMode)
            {
                options.ResponseFormat ??= ChatResponseFormat.Json;
            }
        });
    }
}
