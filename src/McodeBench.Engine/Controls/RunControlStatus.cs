namespace McodeBench.Engine.Controls;

/// <summary>What the user last asked of a run as a whole; its tasks' statuses say how far it got.</summary>
public enum RunControlStatus
{
    /// <summary>Its tasks are queued and run.</summary>
    Active,

    /// <summary>Its waiting tasks are held back (Paused) until resumed; tasks that were running finish.</summary>
    Paused,

    /// <summary>Stopped for good: unfinished tasks end Cancelled, finished results are kept.</summary>
    Cancelled,
}
