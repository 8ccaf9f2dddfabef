using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.Leaderboards;

/// <summary>The statistics of a whole leaderboard: rows best first, as <c>Leaderboard.Build</c> orders them.</summary>
public sealed record LeaderboardStatisticsResult(RankingMetric Metric, StatisticsOptions Options, IReadOnlyList<CombinationStatistics> Rows)
{
    /// <summary>The top-ranked combination, or null for an empty run.</summary>
    public CombinationKey? Best => Rows.Count == 0 ? null : Rows[0].Key;

    /// <summary>The row of a combination, or null when the run has no such combination.</summary>
    public CombinationStatistics? Find(CombinationKey key) => Rows.FirstOrDefault(row => row.Key == key);
}
