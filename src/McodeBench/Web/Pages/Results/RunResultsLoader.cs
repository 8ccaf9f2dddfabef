using McodeBench.Core.Reports;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Results;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// Reads a run's finished tasks (<see cref="RunResultsReader.FinishedStatuses"/>: a cancelled task produced nothing to
/// rank) with their stored score reports through the results reader, rebuilt into <see cref="LeaderboardEntry"/> exactly
/// as the CLI's stored leaderboard does, so the page's figures match the end-of-run leaderboard and the exports.
/// </summary>
public sealed class RunResultsLoader(BenchDatabase database)
{
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
        await foreach (var combination in new RunResultsReader(database).ReadCombinationsAsync(runId, cancellationToken))
        {
            // Combinations come with compact reports (no alignments): the page aggregates; the task page reads the rest.
            entries.AddRange(combination.Select(result => result.ToLeaderboardEntry()));
        }

        return new RunResults(run, entries);
    }
}
