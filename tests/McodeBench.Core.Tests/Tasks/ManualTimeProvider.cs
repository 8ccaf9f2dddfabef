namespace McodeBench.Core.Tests.Tasks;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public DateTime Advance(TimeSpan by)
    {
        now += by;
        return now.UtcDateTime;
    }
}
