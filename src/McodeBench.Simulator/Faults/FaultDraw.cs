namespace McodeBench.Simulator.Faults;

/// <summary>The transport-level fate of one request: its outcome and how long it waits first.</summary>
internal sealed record FaultDraw(FaultOutcome Outcome, TimeSpan Latency)
{
    /// <summary>Draws in a fixed order (outcome, then latency) so a given stream always gives the same fate.</summary>
    public static FaultDraw From(Random random, SimulatorOptions options)
    {
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var outcome = random.NextDouble();
        var jitter = random.NextDouble();
#pragma warning restore CA5394
        var fate = outcome < options.ServerErrorShare ? FaultOutcome.ServerError
            : outcome < options.ServerErrorShare + options.TimeoutShare ? FaultOutcome.Hang
            : FaultOutcome.Answer;
        return new FaultDraw(fate, options.Latency + (options.LatencyJitter * jitter));
    }
}
