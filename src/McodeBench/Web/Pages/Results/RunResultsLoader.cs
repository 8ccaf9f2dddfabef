using McodeBench.Engine.Persistence;
using McodeBench.Engine.Results;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// Reads a run and its finished tasks through <see cref="StoredLeaderboardEntries"/>, the same read the REST API, the
/// CLI and the exports use, so the page's figures match theirs.
/// </summary>
public sealed class RunResultsLoader(BenchDatabase database)
{
    /// <summary>The run and its results, or null when no run has this id (a blank id included).</summary>
    public async Task<RunResults?> LoadAsync(string? runId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(runId) || await database.Runs.GetAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        return new RunResults(run, await StoredLeaderboardEntries.ReadAsync(new RunResultsReader(database), runId, cancellationToken));
    }
}
