using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Web.Api;

/// <summary>A run's progress as the API returns it: counts keyed by status name, the ETA in seconds.</summary>
/// <param name="Fraction">Done ÷ total; null for a run without tasks.</param>
/// <param name="TasksPerSecond">Over the last minute; null before any task finished.</param>
/// <param name="EtaSeconds">Null when the rate is unknown or the run is not running.</param>
public sealed record ProgressView(
    string RunId,
    RunStatus Status,
    int Total,
    int Done,
    double? Fraction,
    IReadOnlyDictionary<string, int> Counts,
    double? TasksPerSecond,
    double? EtaSeconds,
    DateTime TimeUtc)
{
    public static ProgressView From(RunProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new ProgressView(
            progress.RunId,
            progress.Status,
            progress.Total,
            progress.Done,
            progress.Fraction,
            Enum.GetValues<TrackedTaskStatus>().ToDictionary(s => s.ToString().ToLowerInvariant(), progress.Count),
            progress.TasksPerSecond,
            progress.Eta?.TotalSeconds,
            progress.TimeUtc);
    }
}
