namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>How an execution attempt ended.</summary>
public enum AttemptEnd
{
    Completed,
    Failed,
    Cancelled,

    /// <summary>The process running it stopped; the task went back to the queue on the next start.</summary>
    Interrupted,
}
