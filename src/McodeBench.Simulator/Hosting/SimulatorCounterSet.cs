namespace McodeBench.Simulator.Hosting;

/// <summary>Thread-safe counters behind <see cref="SimulatorCounters"/>.</summary>
internal sealed class SimulatorCounterSet
{
    private long requests;
    private long rateLimited;
    private long serverErrors;
    private long timeouts;
    private long malformed;
    private long truncated;
    private long completed;

    public void Request() => Interlocked.Increment(ref requests);

    public void RateLimit() => Interlocked.Increment(ref rateLimited);

    public void ServerError() => Interlocked.Increment(ref serverErrors);

    public void Timeout() => Interlocked.Increment(ref timeouts);

    public void Malformed() => Interlocked.Increment(ref malformed);

    public void Truncated() => Interlocked.Increment(ref truncated);

    public void Completed() => Interlocked.Increment(ref completed);

    public SimulatorCounters Snapshot() => new(
        Interlocked.Read(ref requests),
        Interlocked.Read(ref rateLimited),
        Interlocked.Read(ref serverErrors),
        Interlocked.Read(ref timeouts),
        Interlocked.Read(ref malformed),
        Interlocked.Read(ref truncated),
        Interlocked.Read(ref completed));
}
