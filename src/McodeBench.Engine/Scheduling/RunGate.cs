namespace McodeBench.Engine.Scheduling;

/// <summary>One run's limits and its tasks in flight. Not thread-safe: <see cref="BenchmarkScheduler"/> holds its lock.</summary>
internal sealed class RunGate(RunLimits limits)
{
    public RunLimits Limits { get; set; } = limits;

    public int InFlight { get; set; }

    public bool IsFull => Limits.Concurrency is { } limit && InFlight >= limit;

    public int ConcurrencyFor(ModelGate model) =>
        Limits.ModelConcurrency.TryGetValue(model.Key, out var limit) ? limit : model.Limits.MaxConcurrency;

    public int? RequestsPerMinuteFor(ModelGate model) =>
        Limits.ModelRequestsPerMinute.TryGetValue(model.Key, out var limit) ? limit : model.Limits.RequestsPerMinute;
}
