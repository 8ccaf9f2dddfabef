namespace McodeBench.Engine.Orchestration;

/// <summary>How one dispatch of a task ended.</summary>
public enum TaskRunStatus
{
    Completed,
    Failed,
    Cancelled,

    /// <summary>Not run: the database no longer showed it Queued (finished, paused, cancelled or claimed elsewhere).</summary>
    Skipped,

    /// <summary>The engine stopped mid-task; the task stays Running until recovery puts it back in the queue.</summary>
    Interrupted,
}
