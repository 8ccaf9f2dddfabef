using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Efficiency;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Stability;

namespace McodeBench.Core.Statistics.Leaderboards;

/// <summary>
/// Everything the statistics layer adds to one leaderboard row. <see cref="Rank"/> is the leaderboard's rank (same
/// order as <c>Leaderboard.Rank</c>); join by <see cref="Key"/>.
/// </summary>
/// <param name="Trials">Distinct trials (the resampling clusters).</param>
/// <param name="RankValue">The ranking metric's point (equal to <c>LeaderboardRow.RankValue</c>) and its interval.</param>
/// <param name="Figures">Every <see cref="StatisticFigure"/> with its interval.</param>
/// <param name="ComparisonToBest">This row against the top row (Δ = this − best); null on the top row itself.</param>
/// <param name="PValueHolm">The comparison's p adjusted by Holm across all rows compared with the best.</param>
/// <param name="QValueBh">The comparison's p adjusted by Benjamini–Hochberg across the same rows.</param>
/// <param name="TiedWithBest">True on the top row, and where the Holm-adjusted p is at least α.</param>
/// <param name="RankBand">"1–3" for rows tied with the best (1 to the lowest rank tied), else the row's own rank.</param>
/// <param name="LatencyP95Ms">As on the leaderboard; the Pareto frontier's third axis.</param>
/// <param name="Stability">Null when no trial was repeated.</param>
public sealed record CombinationStatistics(
    CombinationKey Key,
    int Rank,
    int Trials,
    int Tasks,
    FigureInterval RankValue,
    IReadOnlyDictionary<StatisticFigure, FigureInterval> Figures,
    PairedComparison? ComparisonToBest,
    double? PValueHolm,
    double? QValueBh,
    bool TiedWithBest,
    string RankBand,
    CostEfficiency Cost,
    double? LatencyP95Ms,
    bool ParetoOptimal,
    RepeatStability? Stability);
