using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Engine.Orchestration;

/// <summary>Which live events a subscriber wants.</summary>
/// <param name="RunId">Only this run's events; null for all runs.</param>
/// <param name="TaskId">Only this task's log lines (progress is per run, so none); null for all.</param>
/// <param name="BufferSize">Events held for a subscriber that has not read them; beyond it the oldest are dropped.</param>
public sealed record EngineEventFilter(
    string? RunId = null,
    string? TaskId = null,
    EventLevel MinimumLevel = EventLevel.Debug,
    bool IncludeProgress = true,
    int BufferSize = 1_000);
