using McodeBench.Core.Execution;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;

namespace McodeBench.Core.Reports;

/// <summary>
/// One executed task as the leaderboard sees it: its score (null when the trial has no gold), usage and failure.
/// Built from a fresh <see cref="TaskExecution"/> or from what the database stored, so a leaderboard read back from
/// storage is computed exactly like the one printed at the end of a run.
/// </summary>
public sealed record LeaderboardEntry(BenchmarkTask Task, TaskScore? Score, UsageTotals Usage, FailureClass? Failure)
{
    public static LeaderboardEntry From(BenchmarkTask task, TaskExecution execution)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(execution);
        return new LeaderboardEntry(task, execution.Score, execution.Usage, execution.Failure);
    }
}
