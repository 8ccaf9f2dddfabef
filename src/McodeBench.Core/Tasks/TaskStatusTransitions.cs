using System.Collections.Frozen;

namespace McodeBench.Core.Tasks;

/// <summary>
/// The one place a task's status changes. It checks the move against the transition table and keeps times, attempts,
/// progress and error consistent with the new status:
/// <list type="bullet">
/// <item>→ Running: a new attempt (<see cref="TrackedTask.AttemptCount"/> + 1), <see cref="TrackedTask.StartedUtc"/> = now, progress 0.</item>
/// <item>→ Completed / Failed / Cancelled: <see cref="TrackedTask.FinishedUtc"/> = now; Completed sets progress 1 and clears the error, Failed records it.</item>
/// <item>→ Queued (requeue after a crash, retry after a failure, resume after a pause): finish time, error and progress are cleared.</item>
/// <item>→ Paused: nothing else changes.</item>
/// </list>
/// </summary>
public sealed class TaskStatusTransitions(TimeProvider timeProvider)
{
    private static readonly FrozenDictionary<TrackedTaskStatus, TrackedTaskStatus[]> Table = new Dictionary<TrackedTaskStatus, TrackedTaskStatus[]>
    {
        [TrackedTaskStatus.Pending] = [TrackedTaskStatus.Queued, TrackedTaskStatus.Paused, TrackedTaskStatus.Cancelled],
        [TrackedTaskStatus.Queued] = [TrackedTaskStatus.Running, TrackedTaskStatus.Paused, TrackedTaskStatus.Cancelled],
        // Running → Queued is the requeue of a task whose executor died; the attempt still counts.
        [TrackedTaskStatus.Running] = [TrackedTaskStatus.Completed, TrackedTaskStatus.Failed, TrackedTaskStatus.Cancelled, TrackedTaskStatus.Queued],
        [TrackedTaskStatus.Paused] = [TrackedTaskStatus.Queued, TrackedTaskStatus.Cancelled],
        [TrackedTaskStatus.Failed] = [TrackedTaskStatus.Queued],
        [TrackedTaskStatus.Completed] = [],
        [TrackedTaskStatus.Cancelled] = [],
    }.ToFrozenDictionary();

    private readonly TimeProvider timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>Every legal (from, to) pair, in table order.</summary>
    public static IReadOnlyList<(TrackedTaskStatus From, TrackedTaskStatus To)> LegalTransitions { get; } =
        Enum.GetValues<TrackedTaskStatus>().SelectMany(from => Table[from].Select(to => (from, to))).ToList().AsReadOnly();

    /// <summary>The statuses a task in <paramref name="from"/> may move to.</summary>
    public static IReadOnlyList<TrackedTaskStatus> NextStatuses(TrackedTaskStatus from) =>
        Table.TryGetValue(from, out var next) ? next : [];

    public static bool IsLegal(TrackedTaskStatus from, TrackedTaskStatus to) => NextStatuses(from).Contains(to);

    /// <summary>
    /// True for statuses no transition leaves (Completed, Cancelled): nothing can happen to the task any more. A
    /// Failed task is not terminal (retry queues it again); see <see cref="HasFinished"/>.
    /// </summary>
    public static bool IsTerminal(TrackedTaskStatus status) => NextStatuses(status).Count == 0;

    /// <summary>
    /// True for statuses a task reaches when its work ends (Completed, Failed, Cancelled): it has a finish time, no
    /// executor holds it, and it counts as done in a run's progress. Failed has finished but is not terminal.
    /// </summary>
    public static bool HasFinished(TrackedTaskStatus status) => status is TrackedTaskStatus.Completed or TrackedTaskStatus.Failed or TrackedTaskStatus.Cancelled;

    /// <summary>Moves <paramref name="task"/> to <paramref name="to"/>.</summary>
    /// <param name="error">Required for Failed (what went wrong); optional reason for Cancelled; ignored otherwise.</param>
    /// <exception cref="InvalidTaskTransitionException">The table does not allow the move; the task is unchanged.</exception>
    public void Apply(TrackedTask task, TrackedTaskStatus to, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var from = task.Status;
        if (!IsLegal(from, to))
        {
            throw new InvalidTaskTransitionException(task.Id, from, to);
        }

        if (to == TrackedTaskStatus.Failed && string.IsNullOrWhiteSpace(error))
        {
            throw new ArgumentException($"Task '{task.Id}': a failure needs an error message saying what went wrong.", nameof(error));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        switch (to)
        {
            case TrackedTaskStatus.Running:
                task.AttemptCount++;
                task.StartedUtc = now;
                task.FinishedUtc = null;
                task.Error = null;
                task.Progress = 0;
                break;
            case TrackedTaskStatus.Completed:
                task.FinishedUtc = now;
                task.Error = null;
                task.Progress = 1;
                break;
            case TrackedTaskStatus.Failed:
                task.FinishedUtc = now;
                task.Error = error;
                break;
            case TrackedTaskStatus.Cancelled:
                task.FinishedUtc = now;
                task.Error = error;
                break;
            case TrackedTaskStatus.Queued:
                task.FinishedUtc = null;
                task.Error = null;
                task.Progress = 0;
                break;
            case TrackedTaskStatus.Paused:
            case TrackedTaskStatus.Pending:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to), to, "Unknown task status.");
        }

        task.Status = to;
    }
}
