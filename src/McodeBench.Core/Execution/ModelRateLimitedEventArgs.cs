namespace McodeBench.Core.Execution;

/// <summary>Which model was rate limited, and how long the provider asked to wait (null when it did not say).</summary>
public sealed class ModelRateLimitedEventArgs(string modelKey, TimeSpan? retryAfter) : EventArgs
{
    public string ModelKey { get; } = modelKey;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
