namespace McodeBench.Core.Tasks;

/// <summary>
/// A unit of work the tracker shows and the engine persists. A class, not a record: the engine loads it, changes its
/// status in place and saves it. Status, times, attempts and error change only through
/// <see cref="TaskStatusTransitions"/>, so every task obeys one transition table; progress is reported by the executor.
/// </summary>
public class TrackedTask
{
    private readonly List<string> tags;

    /// <summary>A new task in status <see cref="TrackedTaskStatus.Pending"/>.</summary>
    /// <param name="createdUtc">Creation time; must be UTC.</param>
    public TrackedTask(string id, string name, DateTime createdUtc, TaskPriority priority = TaskPriority.Normal, string description = "", IEnumerable<string>? tags = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        Id = id;
        Name = name;
        CreatedUtc = RequireUtc(createdUtc, nameof(createdUtc));
        Priority = priority;
        Description = description;
        this.tags = tags?.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList() ?? [];
    }

    public string Id { get; }

    public string Name { get; }

    public string Description { get; }

    /// <summary>Scheduling priority; may be raised or lowered while the task waits.</summary>
    public TaskPriority Priority { get; set; }

    public TrackedTaskStatus Status { get; internal set; } = TrackedTaskStatus.Pending;

    /// <summary>Share of the work done, 0 to 1.</summary>
    public double Progress { get; internal set; }

    public DateTime CreatedUtc { get; }

    /// <summary>When the latest attempt started running; null before the first attempt.</summary>
    public DateTime? StartedUtc { get; internal set; }

    /// <summary>When the task reached Completed, Failed or Cancelled; null in every other status.</summary>
    public DateTime? FinishedUtc { get; internal set; }

    /// <summary>Why the latest attempt failed or why the task was cancelled; null otherwise.</summary>
    public string? Error { get; internal set; }

    public IReadOnlyList<string> Tags => tags;

    /// <summary>How many times the task has started running (retries and requeues after a crash included).</summary>
    public int AttemptCount { get; internal set; }

    /// <summary>Reports progress of a running task.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The task is not running.</exception>
    public void ReportProgress(double progress)
    {
        if (double.IsNaN(progress) || progress is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is a share of the work, from 0 to 1.");
        }

        if (Status != TrackedTaskStatus.Running)
        {
            throw new InvalidOperationException($"Task '{Id}' is {Status}; only a running task reports progress.");
        }

        Progress = progress;
    }

    public override string ToString() => $"{Id} ({Status})";

    internal static DateTime RequireUtc(DateTime value, string name) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException($"{name} must be a UTC time (DateTimeKind.Utc), got {value.Kind}.", name);
}
