namespace McodeBench.Simulator.Faults;

/// <summary>What the simulator does with a request that passed the rate limit.</summary>
internal enum FaultOutcome
{
    Answer,
    ServerError,
    Hang,
}
