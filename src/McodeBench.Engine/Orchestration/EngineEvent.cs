using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Engine.Orchestration;

/// <summary>What a live subscriber receives: a log line (as stored, with its id) or a progress snapshot.</summary>
public abstract record EngineEvent;

/// <summary>A log line of a run or task, already stored in the event log.</summary>
public sealed record LogEngineEvent(StoredEvent Entry) : EngineEvent;

/// <summary>A progress snapshot of a run, sent about once a second while it runs and once when it ends.</summary>
public sealed record ProgressEngineEvent(RunProgress Progress) : EngineEvent;
