using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Strata;
using McodeBench.Core.Trials;

namespace McodeBench.Engine.Results;

/// <summary>
/// A stored run's figures with intervals per stratum of trials (docs/statistics.md, "Stratified results"): the run's
/// finished tasks as <see cref="StoredLeaderboardEntries"/> reads them, each trial placed by <see cref="TrialStrata"/>.
/// </summary>
public static class StoredStrata
{
    /// <returns>Rows ordered by combination and then stratum; a stratum with too few trials is flagged and has no figures.</returns>
    public static async Task<IReadOnlyList<StratumStatistics>> BuildAsync(
        RunResultsReader reader,
        string runId,
        StratumDimension dimension,
        IReadOnlyDictionary<string, Trial> trials,
        IReadOnlyList<string> sections,
        StatisticsOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var entries = await StoredLeaderboardEntries.ReadAsync(reader, runId, cancellationToken).ConfigureAwait(false);
        var strata = TrialStrata.Assign(dimension, trials, sections, entries.Select(e => e.Task.TrialId));
        return StratifiedStatistics.Compute(entries, strata, options);
    }
}
