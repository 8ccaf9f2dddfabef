using McodeBench.Core.Mcode;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.Leaderboards;

/// <summary>
/// The one entry point for a run's leaderboard statistics: intervals for every figure, the matrix against the best with
/// Holm and Benjamini–Hochberg adjustment, rank bands, cost efficiency, the Pareto frontier and repeat stability.
/// Pure computation on the stored per-task score reports; compute once per finished run (or per leaderboard refresh),
/// never per render. The result does not depend on the order of the entries.
/// </summary>
public static class LeaderboardStatistics
{
    public static LeaderboardStatisticsResult Compute(IEnumerable<LeaderboardEntry> entries, RankingMetric metric, StatisticsOptions? options = null) =>
        Compute(entries, metric, options, EntityTypeAliases.Table, McodeVocabularyLoader.Default);

    /// <param name="types">How predicted entity types are canonicalised for stability (the scorer's normaliser).</param>
    /// <param name="vocabulary">How predicted mapping elements resolve for stability.</param>
    public static LeaderboardStatisticsResult Compute(
        IEnumerable<LeaderboardEntry> entries,
        RankingMetric metric,
        StatisticsOptions? options,
        IEntityTypeNormalizer types,
        McodeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new LeaderboardStatisticsBuilder(metric, options, types, vocabulary).Add(entries).Build();
    }
}
