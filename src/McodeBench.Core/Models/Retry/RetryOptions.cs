namespace McodeBench.Core.Models.Retry;

/// <summary>
/// How the retry middleware retries transient failures: exponential backoff with jitter
/// (<c>min(MaxDelay, BaseDelay × 2^(n−1))</c>, the upper half randomised), or exactly the server's <c>Retry-After</c>.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>Attempts in total, the first one included; 1 disables retrying.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A <c>Retry-After</c> longer than this ends the call at once instead of blocking a worker for it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Told of every 429 the middleware is about to retry (with the server's Retry-After, when sent), so a scheduler
    /// can slow the model down while the task is still going rather than only when it finally fails.
    /// </summary>
    public Action<TimeSpan?>? OnRateLimitedRetry { get; init; }

    /// <summary>Clock used for waiting; tests inject a fake so nothing sleeps for real.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
