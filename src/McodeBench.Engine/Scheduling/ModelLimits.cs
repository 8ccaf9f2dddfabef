using McodeBench.Core.Library;

namespace McodeBench.Engine.Scheduling;

/// <summary>The limits a provider sets on one model, before any adaptive backoff.</summary>
/// <param name="MaxConcurrency">Calls in flight at once, over all runs; at least 1.</param>
/// <param name="RequestsPerMinute">Model calls per minute, over all runs (a two-step task makes two); null for no rate limit.</param>
public sealed record ModelLimits(int MaxConcurrency, int? RequestsPerMinute = null)
{
    public static ModelLimits FromDefinition(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelLimits(model.MaxConcurrency, model.RequestsPerMinute);
    }

    internal void Validate(string modelKey, string parameterName)
    {
        if (MaxConcurrency < 1)
        {
            throw new ArgumentException($"Model '{modelKey}': max concurrency must be at least 1, got {MaxConcurrency}; fix max_concurrency in the model library.", parameterName);
        }

        if (RequestsPerMinute is < 1)
        {
            throw new ArgumentException($"Model '{modelKey}': requests per minute must be at least 1 (or absent for none), got {RequestsPerMinute}; fix requests_per_minute in the model library.", parameterName);
        }
    }
}
