namespace McodeBench.Simulator;

/// <summary>
/// Knobs of the OpenAI-compatible simulator. Every share is a probability in [0, 1] drawn per request from a random
/// stream seeded by <see cref="Seed"/> and the request (see docs/simulator.md), so a run can be replayed exactly.
/// </summary>
public sealed record SimulatorOptions
{
    public int Seed { get; init; } = 42;

    /// <summary>Model ids listed by <c>GET /v1/models</c>; requests for other ids are answered all the same.</summary>
    public IReadOnlyList<string> ModelIds { get; init; } = ["mcodebench-simulator"];

    /// <summary>Fixed delay before every answer.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Extra delay drawn uniformly from [0, jitter) per request.</summary>
    public TimeSpan LatencyJitter { get; init; } = TimeSpan.Zero;

    /// <summary>Token-bucket rate limit; null for none. Requests over it get 429 with <c>Retry-After</c>.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>Bucket capacity (requests that may arrive at once); null means <c>ceil(RequestsPerSecond)</c>, at least 1.</summary>
    public int? Burst { get; init; }

    /// <summary>Share of requests answered with HTTP 500.</summary>
    public double ServerErrorShare { get; init; }

    /// <summary>
    /// The first this-many requests with a given body are answered HTTP 500 whatever the draws say, so a retry of the
    /// same body succeeds after exactly that many failures: a deterministic server error for tests. 0 for none.
    /// </summary>
    public int FailFirstAttempts { get; init; }

    /// <summary>Share of requests that hang (see <see cref="TimeoutHang"/>).</summary>
    public double TimeoutShare { get; init; }

    /// <summary>How long a hanging request hangs before it gets a 504; null hangs until the client gives up.</summary>
    public TimeSpan? TimeoutHang { get; init; }

    /// <summary>Share of answers whose content is malformed JSON (finish reason <c>stop</c>).</summary>
    public double MalformedJsonShare { get; init; }

    /// <summary>Share of answers cut short (finish reason <c>length</c>).</summary>
    public double TruncatedShare { get; init; }

    /// <summary>Chance that each entity and each mapping of a JSON answer is dropped.</summary>
    public double DropShare { get; init; }

    /// <summary>Chance, per entity (or per mapping when there are no entities), that an invented finding is added.</summary>
    public double InventShare { get; init; }

    /// <summary>Chance that each entity text / mapping source text has its boundary moved by one word.</summary>
    public double BoundaryShiftShare { get; init; }

    /// <summary>Clock for latency, hangs, the rate limit and <c>created</c> timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Problems with these settings, one sentence each; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Share(string name, double value)
        {
            if (double.IsNaN(value) || value is < 0 or > 1)
            {
                problems.Add($"{name} is {value}; it must be a share between 0 and 1.");
            }
        }

        Share(nameof(ServerErrorShare), ServerErrorShare);
        Share(nameof(TimeoutShare), TimeoutShare);
        Share(nameof(MalformedJsonShare), MalformedJsonShare);
        Share(nameof(TruncatedShare), TruncatedShare);
        Share(nameof(DropShare), DropShare);
        Share(nameof(InventShare), InventShare);
        Share(nameof(BoundaryShiftShare), BoundaryShiftShare);
        if (ServerErrorShare + TimeoutShare > 1)
        {
            problems.Add($"{nameof(ServerErrorShare)} + {nameof(TimeoutShare)} exceed 1.");
        }

        if (MalformedJsonShare + TruncatedShare > 1)
        {
            problems.Add($"{nameof(MalformedJsonShare)} + {nameof(TruncatedShare)} exceed 1.");
        }

        if (FailFirstAttempts < 0)
        {
            problems.Add($"{nameof(FailFirstAttempts)} is {FailFirstAttempts}; it must be 0 or more.");
        }

        if (RequestsPerSecond is <= 0)
        {
            problems.Add($"{nameof(RequestsPerSecond)} must be positive (or unset for no limit).");
        }

        if (Burst is < 1)
        {
            problems.Add($"{nameof(Burst)} must be at least 1.");
        }

        if (Latency < TimeSpan.Zero || LatencyJitter < TimeSpan.Zero)
        {
            problems.Add($"{nameof(Latency)} and {nameof(LatencyJitter)} must not be negative.");
        }

        if (ModelIds.Count == 0)
        {
            problems.Add($"{nameof(ModelIds)} must list at least one model id.");
        }

        return problems;
    }
}
