using McodeBench.Core.Library;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Cli.Engine;

/// <summary>A run's leaderboard computed from what the database stored, exactly as for a fresh run.</summary>
internal static class StoredLeaderboard
{
    public static async Task<(IReadOnlyList<LeaderboardRow> Rows, int Failed)> BuildAsync(
        BenchDatabase database, string runId, ModelLibrary models, RankingMetric ranking, int? top, CancellationToken cancellationToken)
    {
        var entries = new List<LeaderboardEntry>();
        await foreach (var stored in database.Tasks.StreamAsync(new TaskQuery { RunId = runId }, cancellationToken).ConfigureAwait(false))
        {
            var task = stored.Task;
            if (task.Status is not (Core.Tasks.TrackedTaskStatus.Completed or Core.Tasks.TrackedTaskStatus.Failed))
            {
                continue;
            }

            var report = await database.Tasks.ScoreReportAsync(task.Id, cancellationToken).ConfigureAwait(false);
            var score = report is null ? null : new TaskScore(report, task.RepeatIndex, task.FailureClass);
            entries.Add(new LeaderboardEntry(task, score, task.Usage, task.FailureClass));
        }

        return (Leaderboard.Build(entries, models, ranking, top), entries.Count(e => e.Failure is not null));
    }
}
