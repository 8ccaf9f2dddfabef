namespace McodeBench.Simulator.Faults;

/// <summary>
/// A token bucket on an injected clock: <c>rate</c> tokens per second refill up to <c>capacity</c>; a request takes
/// one token or is told how long until the next one.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double rate;
    private readonly double capacity;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private double tokens;
    private long lastRefill;

    public TokenBucket(double requestsPerSecond, int capacity, TimeProvider clock)
    {
        rate = requestsPerSecond;
        this.capacity = capacity;
        this.clock = clock;
        tokens = capacity;
        lastRefill = clock.GetTimestamp();
    }

    /// <summary>True when a token was taken; otherwise <paramref name="retryAfter"/> says when one will be there.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(capacity, tokens + (clock.GetElapsedTime(lastRefill, now).TotalSeconds * rate));
            lastRefill = now;
            if (tokens >= 1)
            {
                tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - tokens) / rate);
            return false;
        }
    }
}
