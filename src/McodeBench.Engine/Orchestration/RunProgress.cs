using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Engine.Orchestration;

/// <summary>How far a run got.</summary>
/// <param name="Done">Tasks in a final status (Completed, Failed, Cancelled).</param>
/// <param name="TasksPerSecond">Tasks finished per second over the last minute; null before any finished.</param>
/// <param name="Eta">Time left at that rate; null when the rate is unknown or the run is not running.</param>
public sealed record RunProgress(
    string RunId,
    RunStatus Status,
    int Total,
    int Done,
    IReadOnlyDictionary<TrackedTaskStatus, int> Counts,
    double? TasksPerSecond,
    TimeSpan? Eta,
    DateTime TimeUtc)
{
    public int Count(TrackedTaskStatus status) => Counts.TryGetValue(status, out var count) ? count : 0;

    /// <summary>Done ÷ total; null for a run without tasks.</summary>
    public double? Fraction => Total == 0 ? null : (double)Done / Total;
}
