using McodeBench.Core.Library;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Results;

/// <summary>
/// The leaderboard of a stored run, computed from its stored results with the same <see cref="Leaderboard"/> code the
/// end of a run uses, one combination at a time so memory holds one combination's tasks, not the run's; the
/// statistics layer keeps only each combination's compact counts until every combination is read.
/// </summary>
public static class StoredLeaderboard
{
    /// <summary>The run's combinations ranked by <paramref name="metric"/> (the best <paramref name="top"/> when given); empty when no task finished yet.</summary>
    public static async Task<IReadOnlyList<LeaderboardRow>> BuildAsync(
        RunResultsReader reader,
        string runId,
        ModelLibrary models,
        RankingMetric metric,
        int? top = null,
        StatisticsOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(metric);
        var rows = new List<LeaderboardRow>();
        var statistics = new LeaderboardStatisticsBuilder(metric, options);
        await foreach (var combination in reader.ReadCombinationsAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            var entries = combination.Select(task => task.ToLeaderboardEntry()).ToList();
            rows.AddRange(Leaderboard.Rows(entries, models, metric));
            statistics.Add(entries);
        }

        return Leaderboard.Rank(Leaderboard.WithStatistics(rows, statistics.Build()), top);
    }
}
