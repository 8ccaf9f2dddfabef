using System.Runtime.Intrinsics;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Sampling;

namespace McodeBench.Core.Statistics.Intervals;

/// <summary>
/// Percentile intervals for every <see cref="StatisticFigure"/> of one combination by a cluster bootstrap over trials
/// (Efron and Tibshirani 1993, ch. 13; Field and Welsh 2007 for clusters): each resample draws the trials with
/// replacement, keeps each drawn trial's repeats together, sums the drawn counts and recomputes the micro figure from
/// the sums. Per-task F1 is never averaged.
/// </summary>
internal static class ClusterBootstrap
{
    public static IReadOnlyDictionary<StatisticFigure, FigureInterval> Intervals(CombinationSample sample, ResampleDraws draws, StatisticsOptions options)
    {
        var figures = StatisticFigures.All;
        var (totalCounts, totalMoney) = sample.Totals();
        var result = new Dictionary<StatisticFigure, FigureInterval>();
        var n = sample.Clusters;
        var resamples = draws.Resamples;
        var values = new double[figures.Count][];
        if (n > 0)
        {
            for (var f = 0; f < figures.Count; f++)
            {
                values[f] = new double[resamples];
            }

            var indexes = draws.Indexes(n);
            Span<int> sums = stackalloc int[CountLayout.Width];
            Span<double> money = stackalloc double[CountLayout.MoneyWidth];
            for (var b = 0; b < resamples; b++)
            {
                SumDrawn(sample, indexes.AsSpan(b * n, n), sums, money);
                for (var f = 0; f < figures.Count; f++)
                {
                    values[f][b] = MicroFigure.Of(figures[f], sums, money);
                }
            }
        }

        for (var f = 0; f < figures.Count; f++)
        {
            var point = n == 0 ? double.NaN : MicroFigure.Of(figures[f], totalCounts, totalMoney);
            result[figures[f]] = n == 0
                ? new FigureInterval(figures[f], null, null, 0, 0)
                : Interval(figures[f], point, values[f], options);
        }

        return result;
    }

    /// <summary>The percentile interval of resampled values around a point; null when undefined at the point or too often.</summary>
    public static FigureInterval Interval(StatisticFigure figure, double point, double[] resampled, StatisticsOptions options)
    {
        var (interval, undefined) = PercentileInterval(point, resampled, options);
        return new FigureInterval(figure, MicroFigure.ToNullable(point), interval, undefined, resampled.Length);
    }

    public static (ConfidenceInterval? Interval, int Undefined) PercentileInterval(double point, double[] resampled, StatisticsOptions options)
    {
        var defined = resampled.Where(v => !double.IsNaN(v)).ToArray();
        var undefined = resampled.Length - defined.Length;
        if (double.IsNaN(point) || defined.Length == 0 || undefined > options.MaxUndefinedShare * resampled.Length)
        {
            return (null, undefined);
        }

        Array.Sort(defined);
        var tail = (1 - options.Confidence) / 2;
        return (new ConfidenceInterval(Quantiles.OfSorted(defined, tail), Quantiles.OfSorted(defined, 1 - tail)), undefined);
    }

    /// <summary>Sums the drawn clusters' 32 counts four 256-bit vectors at a time, and their money doubles.</summary>
    private static void SumDrawn(CombinationSample sample, ReadOnlySpan<int> drawn, Span<int> sums, Span<double> money)
    {
        var s0 = Vector256<int>.Zero;
        var s1 = Vector256<int>.Zero;
        var s2 = Vector256<int>.Zero;
        var s3 = Vector256<int>.Zero;
        double cost = 0, wouldBe = 0, latency = 0, tasks = 0;
        var counts = sample.ClusterCounts;
        var clusterMoney = sample.ClusterMoney;
        foreach (var cluster in drawn)
        {
            var at = cluster * CountLayout.Width;
            s0 += Vector256.Create<int>(counts.AsSpan(at, 8));
            s1 += Vector256.Create<int>(counts.AsSpan(at + 8, 8));
            s2 += Vector256.Create<int>(counts.AsSpan(at + 16, 8));
            s3 += Vector256.Create<int>(counts.AsSpan(at + 24, 8));
            var m = cluster * CountLayout.MoneyWidth;
            cost += clusterMoney[m + CountLayout.Cost];
            wouldBe += clusterMoney[m + CountLayout.WouldBeCost];
            latency += clusterMoney[m + CountLayout.LatencyMs];
            tasks += clusterMoney[m + CountLayout.Tasks];
        }

        s0.CopyTo(sums);
        s1.CopyTo(sums[8..]);
        s2.CopyTo(sums[16..]);
        s3.CopyTo(sums[24..]);
        money[CountLayout.Cost] = cost;
        money[CountLayout.WouldBeCost] = wouldBe;
        money[CountLayout.LatencyMs] = latency;
        money[CountLayout.Tasks] = tasks;
    }
}
