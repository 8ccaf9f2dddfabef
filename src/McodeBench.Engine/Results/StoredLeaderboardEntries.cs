using McodeBench.Core.Reports;

namespace McodeBench.Engine.Results;

/// <summary>
/// A stored run's finished tasks (<see cref="RunResultsReader.FinishedStatuses"/>: a cancelled task produced nothing
/// to report) as <see cref="LeaderboardEntry"/>s, rebuilt exactly as <see cref="StoredLeaderboard"/> rebuilds them, so
/// the summary, comparisons and breakdowns of the web page, the REST API, the CLI and the exports agree with the
/// leaderboard. The reports are compact (no alignments): these tables aggregate, they do not drill down.
/// </summary>
public static class StoredLeaderboardEntries
{
    public static async Task<IReadOnlyList<LeaderboardEntry>> ReadAsync(RunResultsReader reader, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var entries = new List<LeaderboardEntry>();
        await foreach (var combination in reader.ReadCombinationsAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            entries.AddRange(combination.Select(result => result.ToLeaderboardEntry()));
        }

        return entries;
    }
}
