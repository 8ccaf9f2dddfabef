namespace McodeBench.Engine.Scheduling;

/// <summary>One model's row on the System page.</summary>
/// <param name="MaxConcurrency">The model's configured limit (runs may override it for their own tasks).</param>
/// <param name="ConcurrencyWindow">The AIMD window while the model is backed off after 429s; null when it is not.</param>
/// <param name="EffectiveRequestsPerMinute">The configured rate times the current rate factor; null without a rate limit.</param>
/// <param name="PausedUntil">The end of a Retry-After pause still in force; null when none is.</param>
/// <param name="RateLimitReports">429s reported since the scheduler started.</param>
public sealed record ModelSchedulerCounters(
    string ModelKey,
    int Queued,
    int InFlight,
    int MaxConcurrency,
    int? ConcurrencyWindow,
    int? RequestsPerMinute,
    double? EffectiveRequestsPerMinute,
    DateTimeOffset? PausedUntil,
    int RateLimitReports);
