namespace McodeBench.Core.Statistics.Intervals;

/// <summary>
/// One figure of a combination with its cluster-bootstrap interval. <see cref="Point"/> is the figure the leaderboard
/// shows (computed from the summed counts of every task); <see cref="Interval"/> is null when the point is undefined or
/// more resamples than allowed were undefined (docs/statistics.md, "Undefined values").
/// </summary>
/// <param name="UndefinedResamples">Resamples in which the figure was undefined (e.g. nothing predicted: no precision).</param>
public sealed record FigureInterval(StatisticFigure Figure, double? Point, ConfidenceInterval? Interval, int UndefinedResamples, int Resamples);
