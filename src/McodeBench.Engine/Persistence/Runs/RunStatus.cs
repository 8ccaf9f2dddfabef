namespace McodeBench.Engine.Persistence.Runs;

/// <summary>Where a run is; the engine decides when it moves (a run has no transition table of its own).</summary>
public enum RunStatus
{
    /// <summary>Created, tasks stored, not started.</summary>
    Pending,

    /// <summary>Its tasks are being scheduled.</summary>
    Running,

    /// <summary>Held by the user.</summary>
    Paused,

    /// <summary>Every task reached a final status or failed.</summary>
    Completed,

    /// <summary>Stopped by the user.</summary>
    Cancelled,
}
