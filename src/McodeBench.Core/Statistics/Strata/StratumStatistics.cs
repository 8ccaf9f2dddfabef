using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;

namespace McodeBench.Core.Statistics.Strata;

/// <summary>
/// One combination's figures restricted to one stratum of trials (a condition, phase, text-length tertile...).
/// <see cref="Figures"/> is null when <see cref="TooFewTrials"/>: fewer trials than <c>MinTrialsPerStratum</c> give an
/// interval too wide or too unstable to read, so none is given and the stratum says so.
/// </summary>
public sealed record StratumStatistics(
    CombinationKey Key,
    string Stratum,
    int Trials,
    int Tasks,
    bool TooFewTrials,
    IReadOnlyDictionary<StatisticFigure, FigureInterval>? Figures);
