using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Scheduling;

/// <summary>What the scheduler needs to know of a task: who it is, which run and model gates it passes, how urgent it is.</summary>
public sealed record ScheduledItem
{
    public ScheduledItem(string taskId, string runId, string modelKey, TaskPriority priority)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelKey);
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"Task '{taskId}' has an unknown priority; use Low, Normal, High or Critical.");
        }

        TaskId = taskId;
        RunId = runId;
        ModelKey = modelKey;
        Priority = priority;
    }

    public string TaskId { get; }

    public string RunId { get; }

    public string ModelKey { get; }

    public TaskPriority Priority { get; init; }

    public static ScheduledItem From(BenchmarkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ScheduledItem(task.Id, task.RunId, task.ModelKey, task.Priority);
    }
}
