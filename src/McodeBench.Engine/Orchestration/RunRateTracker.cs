namespace McodeBench.Engine.Orchestration;

/// <summary>Tasks finished per second over a sliding minute, per run: the rate and ETA of the progress bar.</summary>
public sealed class RunRateTracker(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> finishes = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Finished(string runId)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!finishes.TryGetValue(runId, out var times))
            {
                finishes[runId] = times = new Queue<DateTimeOffset>();
            }

            times.Enqueue(now);
            Trim(times, now);
        }
    }

    /// <summary>Tasks per second over the window (or since the first finish, when that is shorter); null before two finishes.</summary>
    public double? Rate(string runId)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (!finishes.TryGetValue(runId, out var times))
            {
                return null;
            }

            Trim(times, now);
            if (times.Count < 2)
            {
                return null;
            }

            var span = now - times.Peek();
            return span <= TimeSpan.Zero ? null : times.Count / span.TotalSeconds;
        }
    }

    public void Forget(string runId)
    {
        lock (gate)
        {
            finishes.Remove(runId);
        }
    }

    private static void Trim(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && now - times.Peek() > Window)
        {
            times.Dequeue();
        }
    }
}
