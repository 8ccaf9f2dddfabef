using McodeBench.Engine.Persistence.Writing;
using McodeBench.Engine.Scheduling;

namespace McodeBench.Engine.Orchestration;

/// <summary>A snapshot of the engine for the System page.</summary>
/// <param name="TasksFinished">Tasks this engine finished since it started, by final status name.</param>
/// <param name="EventsDropped">Events live subscribers lost to full buffers (the event log itself loses none).</param>
public sealed record EngineStatistics(
    DateTime StartedUtc,
    string WorkerId,
    SchedulerCounters Scheduler,
    WriterStatistics Writer,
    IReadOnlyDictionary<string, long> TasksFinished,
    long EventsPublished,
    long EventsDropped,
    int Subscribers,
    string SiloStatus);
