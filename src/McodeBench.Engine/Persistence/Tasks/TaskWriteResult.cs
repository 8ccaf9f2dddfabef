namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>What became of a single-task write.</summary>
public enum TaskWriteResult
{
    /// <summary>The database now holds the task's new state.</summary>
    Written,

    /// <summary>
    /// The stored task had moved on (cancelled, paused, requeued, claimed by another worker) or is gone; nothing of
    /// the task was overwritten and the task object now holds the stored state. Reload or drop it.
    /// </summary>
    Conflict,
}
