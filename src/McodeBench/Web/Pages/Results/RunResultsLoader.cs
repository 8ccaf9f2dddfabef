using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// Reads a run's finished tasks (completed or failed: a cancelled task produced nothing to rank) with their stored
/// score reports, rebuilt into <see cref="LeaderboardEntry"/> exactly as a fresh execution would give them
/// (<c>new TaskScore(report, repeat, failure)</c>), so the page's figures match the end-of-run leaderboard.
/// </summary>
public sealed class RunResultsLoader(BenchDatabase database)
{
    private static readonly TrackedTaskStatus[] Finished = [TrackedTaskStatus.Completed, TrackedTaskStatus.Failed];

    /// <summary>The run and its results, or null when no run has this id.</summary>
    public async Task<RunResults?> LoadAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var run = await database.Runs.GetAsync(runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var entries = new List<LeaderboardEntry>();
        var query = new TaskQuery { RunId = runId, Statuses = Finished };
        await foreach (var stored in database.Tasks.StreamAsync(query, cancellationToken))
        {
            var task = stored.Task;
            var report = await database.Tasks.ScoreReportAsync(task.Id, cancellationToken);
            entries.Add(new LeaderboardEntry(task, report is null ? null : Compact(new TaskScore(report, task.RepeatIndex, task.FailureClass)), task.Usage, task.FailureClass));
        }

        return new RunResults(run, entries);
    }

    // The page aggregates counts and breakdowns; alignments (most of a report's size) are read on the task page.
    private static TaskScore Compact(TaskScore score) =>
        score with { Report = score.Report with { EntityAlignment = [], MappingAlignment = [], Diagnostics = [] } };
}
