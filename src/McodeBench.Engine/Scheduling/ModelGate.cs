namespace McodeBench.Engine.Scheduling;

/// <summary>
/// One model's gate, shared by every run: calls in flight, a GCRA pacer for requests per minute, a Retry-After pause
/// and the AIMD state that backs the model off after 429s. Not thread-safe: <see cref="BenchmarkScheduler"/> holds its lock.
/// </summary>
internal sealed class ModelGate(string key, ModelLimits limits)
{
    /// <summary>Multiplicative decrease on a 429: halve, as TCP does, so a few rounds find the provider's real limit.</summary>
    public const double Decrease = 0.5;

    // The model's dispatch counter when the window was last cut: every lease dispatched before then was sent under the
    // old window, so its 429 belongs to the same episode and must not cut again (eight 429s from eight calls in
    // flight are one signal, not eight halvings).
    private long lastCutDispatch;

    // GCRA's theoretical arrival time: when the next start would be due if starts were perfectly paced.
    private DateTimeOffset? theoreticalArrival;

    public string Key { get; } = key;

    public ModelLimits Limits { get; set; } = limits;

    public int InFlight { get; private set; }

    public int Queued { get; set; }

    public long Dispatches { get; private set; }

    /// <summary>The AIMD concurrency window; null while the model is not backed off.</summary>
    public double? ConcurrencyWindow { get; private set; }

    /// <summary>Share of the configured requests per minute the model may use, in (0, 1].</summary>
    public double RateFactor { get; private set; } = 1;

    public DateTimeOffset PausedUntil { get; private set; } = DateTimeOffset.MinValue;

    public int RateLimitReports { get; private set; }

    public int EffectiveConcurrency(int configured) =>
        ConcurrencyWindow is { } window ? Math.Min(configured, Math.Max(1, (int)Math.Floor(window))) : configured;

    public double? EffectiveRequestsPerMinute(int? configured) =>
        configured is { } rpm ? Math.Max(1, rpm * RateFactor) : null;

    public Admission Admit(int configuredConcurrency, int? configuredRpm, DateTimeOffset now)
    {
        if (now < PausedUntil)
        {
            return Admission.At(PausedUntil);
        }

        if (InFlight >= EffectiveConcurrency(configuredConcurrency))
        {
            return Admission.AfterCompletion;
        }

        if (EffectiveRequestsPerMinute(configuredRpm) is { } rate && theoreticalArrival is { } due)
        {
            var earliest = due - BurstTolerance(rate);
            if (now < earliest)
            {
                return Admission.At(earliest);
            }
        }

        return Admission.Open;
    }

    /// <summary>Counts a start of a task making <paramref name="calls"/> model calls and advances the pacer by all of them; returns the start's dispatch number.</summary>
    public long Dispatch(int calls, int? configuredRpm, DateTimeOffset now)
    {
        InFlight++;
        Dispatches++;
        if (EffectiveRequestsPerMinute(configuredRpm) is { } rate)
        {
            // The provider counts requests, not tasks: a two-step task spends two requests of the budget.
            var from = theoreticalArrival is { } due && due > now ? due : now;
            theoreticalArrival = from + (Interval(rate) * calls);
        }

        return Dispatches;
    }

    public void Release() => InFlight--;

    /// <summary>A 429: pause for Retry-After and, once per episode, halve the concurrency window and the rate.</summary>
    /// <returns>True when this report cut the window (the first of its episode).</returns>
    public bool RateLimited(long dispatchNumber, TimeSpan pause, DateTimeOffset now, double minimumRateFactor)
    {
        RateLimitReports++;
        var until = now + pause;
        if (until > PausedUntil)
        {
            PausedUntil = until;
        }

        if (dispatchNumber <= lastCutDispatch)
        {
            return false;
        }

        // Halve what was actually in flight (this call included), not a configured limit the model never reached.
        var flowing = Math.Min(ConcurrencyWindow ?? double.MaxValue, InFlight);
        ConcurrencyWindow = Math.Max(1, Math.Floor(flowing * Decrease));
        RateFactor = Math.Max(minimumRateFactor, RateFactor * Decrease);
        lastCutDispatch = Dispatches;
        return true;
    }

    /// <summary>A served request: additive increase of both windows until the configured limits are back.</summary>
    public void Succeeded(int configuredConcurrency, int? configuredRpm)
    {
        if (ConcurrencyWindow is { } window)
        {
            // +1/W per success is +1 slot per window's worth of successes (TCP congestion avoidance).
            window += 1 / window;

            // Back to normal once the window reaches the larger of the task's limit and the model's own, so a success
            // of a run that overrides the model with a low limit cannot end a backoff the other runs still need.
            ConcurrencyWindow = window >= Math.Max(configuredConcurrency, Limits.MaxConcurrency) ? null : window;
        }

        if (RateFactor < 1)
        {
            // +1 request per minute per success, relative to the rate this task ran under.
            RateFactor = (configuredRpm ?? Limits.RequestsPerMinute) is { } rpm ? Math.Min(1, RateFactor + (1.0 / rpm)) : 1;
        }
    }

    private static TimeSpan Interval(double requestsPerMinute) =>
        TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerMinute / requestsPerMinute));

    // A burst of up to one second's worth of requests (at least 1) may start together; beyond that starts are paced.
    private static TimeSpan BurstTolerance(double requestsPerMinute) =>
        Interval(requestsPerMinute) * (Math.Max(1, Math.Floor(requestsPerMinute / 60)) - 1);
}
