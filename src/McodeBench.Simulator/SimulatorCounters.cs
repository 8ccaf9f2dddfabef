namespace McodeBench.Simulator;

/// <summary>What the simulator has answered since it started (a snapshot).</summary>
/// <param name="Requests">Chat-completion requests received, rejected ones included.</param>
/// <param name="RateLimited">Answered 429 by the token bucket.</param>
/// <param name="ServerErrors">Answered 500 (injected, or the inner model failed).</param>
/// <param name="Timeouts">Left hanging on purpose.</param>
/// <param name="Malformed">Answered with malformed JSON content.</param>
/// <param name="Truncated">Answered cut short with finish reason <c>length</c>.</param>
/// <param name="Completed">Answered 200 (malformed and truncated answers included).</param>
public sealed record SimulatorCounters(
    long Requests,
    long RateLimited,
    long ServerErrors,
    long Timeouts,
    long Malformed,
    long Truncated,
    long Completed);
