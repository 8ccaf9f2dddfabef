namespace McodeBench.Core.Tasks;

/// <summary>A status change the transition table does not allow.</summary>
public sealed class InvalidTaskTransitionException : InvalidOperationException
{
    public InvalidTaskTransitionException(string taskId, TrackedTaskStatus from, TrackedTaskStatus to)
        : base(BuildMessage(taskId, from, to))
    {
        TaskId = taskId;
        From = from;
        To = to;
    }

    public InvalidTaskTransitionException()
        : this("The task status change is not allowed.")
    {
    }

    public InvalidTaskTransitionException(string message)
        : base(message)
    {
        TaskId = string.Empty;
    }

    public InvalidTaskTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskId = string.Empty;
    }

    public string TaskId { get; }

    public TrackedTaskStatus From { get; }

    public TrackedTaskStatus To { get; }

    private static string BuildMessage(string taskId, TrackedTaskStatus from, TrackedTaskStatus to)
    {
        var allowed = TaskStatusTransitions.NextStatuses(from);
        return $"Task '{taskId}' cannot go from {from} to {to}; from {from} it may go to "
            + (allowed.Count == 0 ? "nothing (it is final)." : string.Join(", ", allowed) + ".");
    }
}
