namespace McodeBench.Engine.Scheduling;

/// <summary>Settings of a <see cref="BenchmarkScheduler"/>; the defaults are documented in docs/scheduling.md.</summary>
public sealed record SchedulerOptions
{
    /// <summary>Tasks in flight at once over all runs and models, until changed with <see cref="BenchmarkScheduler.SetGlobalConcurrency"/>.</summary>
    public int GlobalConcurrency { get; init; } = 8;

    /// <summary>How long a model pauses after a 429 that carries no Retry-After.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause a Retry-After can impose; longer values are capped so a bogus header cannot stall a run for hours.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The floor of the rate factor: after repeated 429s a model still runs at this share of its requests per minute (never below 1 per minute).</summary>
    public double MinimumRateFactor { get; init; } = 1.0 / 64;

    internal void Validate()
    {
        if (GlobalConcurrency < 1)
        {
            throw new ArgumentException($"Global concurrency must be at least 1, got {GlobalConcurrency}.", nameof(GlobalConcurrency));
        }

        if (DefaultRetryAfter < TimeSpan.Zero || MaxRetryAfter < DefaultRetryAfter)
        {
            throw new ArgumentException($"Retry-After pauses must satisfy 0 <= default ({DefaultRetryAfter}) <= max ({MaxRetryAfter}).", nameof(DefaultRetryAfter));
        }

        if (double.IsNaN(MinimumRateFactor) || MinimumRateFactor is <= 0 or > 1)
        {
            throw new ArgumentException($"The minimum rate factor must be in (0, 1], got {MinimumRateFactor}.", nameof(MinimumRateFactor));
        }
    }
}
