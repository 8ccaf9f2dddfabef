namespace McodeBench.Tests.Support;

/// <summary>A clock stopped at one instant, for writing cache entries that are already expired.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
