using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Engine.Results;

/// <summary>A stored task with the score report of its latest recorded attempt (null when it has none: not run, failed before any call, or no gold).</summary>
public sealed record StoredTaskResult(StoredTask Stored, ScoreReport? Report)
{
    /// <summary>The task as the leaderboard sees it, scored exactly as a fresh execution would be (a failed task's report is that of an empty prediction).</summary>
    public LeaderboardEntry ToLeaderboardEntry()
    {
        var task = Stored.Task;
        return new LeaderboardEntry(
            task,
            Report is null ? null : new TaskScore(Report, task.RepeatIndex, task.FailureClass),
            task.Usage,
            task.FailureClass);
    }
}
