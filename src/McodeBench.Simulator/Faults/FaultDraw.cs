namespace McodeBench.Simulator.Faults;

/// <summary>The transport-level fate of one request: its outcome and how long it waits first.</summary>
internal sealed record FaultDraw(FaultOutcome Outcome, TimeSpan Latency)
{
    /// <summary>
    /// Draws in a fixed order (outcome, then latency) so a given stream always gives the same fate. The first
    /// <see cref="SimulatorOptions.FailFirstAttempts"/> occurrences of a body are server errors regardless; the draws
    /// are still taken, so the knob changes no other request's fate or latency.
    /// </summary>
    /// <param name="occurrence">How many times this body was seen before (0 for its first request).</param>
    public static FaultDraw From(Random random, SimulatorOptions options, int occurrence)
    {
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var outcome = random.NextDouble();
        var jitter = random.NextDouble();
#pragma warning restore CA5394
        var fate = occurrence < options.FailFirstAttempts ? FaultOutcome.ServerError
            : outcome < options.ServerErrorShare ? FaultOutcome.ServerError
            : outcome < options.ServerErrorShare + options.TimeoutShare ? FaultOutcome.Hang
            : FaultOutcome.Answer;
        return new FaultDraw(fate, options.Latency + (options.LatencyJitter * jitter));
    }
}
