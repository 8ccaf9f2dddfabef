using McodeBench.Core.Tasks;

namespace McodeBench.Bench.Sessions;

/// <summary>How one run went, as the harness measured it.</summary>
/// <param name="Admission">StartRunAsync: expanding the spec and storing the tasks.</param>
/// <param name="Wall">From StartRunAsync until every task was finished in the database (admission included).</param>
/// <param name="UntilCompleted">Until the supervisor marked the run Completed (it checks every SupervisorInterval).</param>
internal sealed record RunOutcome(
    string RunId,
    int Tasks,
    TimeSpan Admission,
    TimeSpan Wall,
    TimeSpan UntilCompleted,
    IReadOnlyDictionary<TrackedTaskStatus, int> Counts)
{
    public int Count(TrackedTaskStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
