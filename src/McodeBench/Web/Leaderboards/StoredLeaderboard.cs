using McodeBench.Core.Library;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Web.Leaderboards;

/// <summary>
/// A run's leaderboard computed from what the database stored: every finished task (Completed or Failed) with its
/// stored score report, through the same <see cref="Leaderboard.Build"/> the console uses, so the page, the API and
/// the end-of-run table agree. Cancelled tasks never ran to an answer and are left out.
/// </summary>
public static class StoredLeaderboard
{
    private static readonly TrackedTaskStatus[] Finished = [TrackedTaskStatus.Completed, TrackedTaskStatus.Failed];

    public static async Task<IReadOnlyList<LeaderboardRow>> BuildAsync(
        BenchDatabase database, ModelLibrary models, string runId, RankingMetric metric, int? top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(metric);
        var entries = new List<LeaderboardEntry>();
        await foreach (var stored in database.Tasks.StreamAsync(new TaskQuery { RunId = runId, Statuses = Finished }, cancellationToken).ConfigureAwait(false))
        {
            var task = stored.Task;
            var report = await database.Tasks.ScoreReportAsync(task.Id, cancellationToken).ConfigureAwait(false);
            var score = report is null ? null : new TaskScore(report, task.RepeatIndex, task.FailureClass);
            entries.Add(new LeaderboardEntry(task, score, task.Usage, task.FailureClass));
        }

        return Leaderboard.Build(entries, models, metric, top);
    }
}
