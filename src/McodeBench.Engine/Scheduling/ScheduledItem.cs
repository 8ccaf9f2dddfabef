using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Scheduling;

/// <summary>What the scheduler needs to know of a task: who it is, which run and model gates it passes, how urgent it is.</summary>
public sealed record ScheduledItem
{
    /// <param name="calls">Model calls the task makes (1 direct, 2 two-step); each counts against the model's requests per minute.</param>
    public ScheduledItem(string taskId, string runId, string modelKey, TaskPriority priority, int calls = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelKey);
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, $"Task '{taskId}' has an unknown priority; use Low, Normal, High or Critical.");
        }

        if (calls < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(calls), calls, $"Task '{taskId}' must make at least one model call.");
        }

        TaskId = taskId;
        RunId = runId;
        ModelKey = modelKey;
        Priority = priority;
        Calls = calls;
    }

    public string TaskId { get; }

    public string RunId { get; }

    public string ModelKey { get; }

    public TaskPriority Priority { get; init; }

    /// <summary>Model calls the task makes; the rate limit paces calls, not tasks.</summary>
    public int Calls { get; }

    public static ScheduledItem From(BenchmarkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ScheduledItem(task.Id, task.RunId, task.ModelKey, task.Priority, task.Pipeline == PipelineKind.TwoStep ? 2 : 1);
    }
}
