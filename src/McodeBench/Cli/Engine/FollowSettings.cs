namespace McodeBench.Cli.Engine;

/// <summary>How a followed run is shown and judged.</summary>
/// <param name="ShowTaskSuccesses">Print a green line for every completed task (failures are always printed).</param>
/// <param name="Top">Show only the best N combinations; null for the run's own setting.</param>
/// <param name="FailOnError">Exit with code 1 when any task failed.</param>
internal sealed record FollowSettings(bool ShowTaskSuccesses, int? Top, string? JsonSummary, bool FailOnError);
