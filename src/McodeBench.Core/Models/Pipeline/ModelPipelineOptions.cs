using McodeBench.Core.Models.Caching;
using McodeBench.Core.Models.Retry;
using Microsoft.Extensions.Logging;

namespace McodeBench.Core.Models.Pipeline;

/// <summary>Shared settings of every model pipeline the <see cref="ModelPipelineBuilder"/> assembles.</summary>
public sealed record ModelPipelineOptions
{
    public RetryOptions Retry { get; init; } = new();

    /// <summary>The response cache; null disables caching.</summary>
    public IResponseCacheStore? CacheStore { get; init; }

    /// <summary>Validity of new cache entries; null keeps them until cleared.</summary>
    public TimeSpan? CacheTimeToLive { get; init; }

    /// <summary>Fill unset generation parameters from the model's <c>GenerationParameters</c> before the cache key is taken.</summary>
    public bool ApplyModelDefaults { get; init; } = true;

    /// <summary>ActivitySource / Meter name of the OpenTelemetry layer (GenAI semantic conventions).</summary>
    public string TelemetrySourceName { get; init; } = "McodeBench";

    /// <summary>Record prompts and answers in telemetry; off by default because trial texts and outputs can be large.</summary>
    public bool TelemetryIncludesContent { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Clock for latency, timeouts and backoff of everything but <see cref="RetryOptions.TimeProvider"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
