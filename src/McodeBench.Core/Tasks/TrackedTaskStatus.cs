namespace McodeBench.Core.Tasks;

/// <summary>Where a task is in its life; only <see cref="TaskStatusTransitions"/> moves a task between them.</summary>
public enum TrackedTaskStatus
{
    /// <summary>Created, not yet handed to the scheduler.</summary>
    Pending,

    /// <summary>Waiting for a free slot (global and per-model concurrency).</summary>
    Queued,

    /// <summary>An executor is working on it.</summary>
    Running,

    /// <summary>Held back by the user; resumes by going back to the queue.</summary>
    Paused,

    /// <summary>Finished with a result (terminal).</summary>
    Completed,

    /// <summary>Finished without a result; may be queued again (retry).</summary>
    Failed,

    /// <summary>Stopped by the user (terminal).</summary>
    Cancelled,
}
