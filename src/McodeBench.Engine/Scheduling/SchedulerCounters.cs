using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Scheduling;

/// <summary>A consistent snapshot of the scheduler, taken under its lock.</summary>
/// <param name="Models">Every configured model, by key.</param>
public sealed record SchedulerCounters(
    int GlobalConcurrency,
    int InFlight,
    int Queued,
    IReadOnlyDictionary<TaskPriority, int> QueuedByPriority,
    IReadOnlyList<ModelSchedulerCounters> Models);
