using System.Numerics;
using System.Runtime.Intrinsics;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Sampling;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.Comparisons;

/// <summary>
/// The paired comparison of two combinations (docs/statistics.md, "Paired comparison"). The p-value is Noreen's (1989)
/// approximate randomization as Koehn (2004) and Dietterich (1998) recommend for NLP metrics that are not averages:
/// under the null hypothesis A and B are exchangeable within a trial, so swapping their outputs for a random set of
/// trials and recomputing Δ of the micro figure gives Δ's null distribution. A swap moves a trial's count difference
/// dᵢ = aᵢ − bᵢ from one side to the other, so a shuffle only needs Σ dᵢ over the swapped trials (one vector add per
/// trial), never a rebuilt sample.
/// </summary>
public static class PairedTest
{
    // Two Δs closer than this are equal: summing in a different order must not turn a tie into "less extreme".
    private const double Tolerance = 1e-12;

    /// <summary>Compares two combinations' tasks (each list one combination) on the ranking metric.</summary>
    public static PairedComparison Compare(IEnumerable<LeaderboardEntry> a, IEnumerable<LeaderboardEntry> b, RankingMetric metric, StatisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= StatisticsOptions.Default;
        options.Validate();
        var listA = a.ToList();
        var listB = b.ToList();
        var sampleA = CombinationSample.From(KeyOf(listA, "a"), listA);
        var sampleB = CombinationSample.From(KeyOf(listB, "b"), listB);
        var draws = new ResampleDraws(options.Seed, options.Resamples, options.Shuffles);
        return Run(PairedSample.Of(sampleA, sampleB, StatisticFigures.For(metric)), draws, options);
    }

    internal static PairedComparison Run(PairedSample sample, ResampleDraws draws, StatisticsOptions options)
    {
        var n = sample.Clusters;
        if (n == 0)
        {
            return new PairedComparison(null, null, null, null, null, null, null, false, 0, 0, 0, 0, sample.Unpaired);
        }

        var all = Enumerable.Range(0, n).ToArray();
        var valueA = sample.Value(Sum(sample.A, all));
        var valueB = sample.Value(Sum(sample.B, all));
        var delta = valueA - valueB;

        var deltas = BootstrapDeltas(sample, draws);
        var (interval, undefined) = ClusterBootstrap.PercentileInterval(delta, deltas, options);
        var defined = deltas.Where(d => !double.IsNaN(d)).ToArray();
        double? standardError = defined.Length >= 2 ? StandardDeviation(defined) : null;
        var power = Quantiles.Normal(1 - (options.Alpha / 2)) + Quantiles.Normal(0.8);
        var exact = n <= options.ExactEnumerationMaxTrials;
        var (p, permutations) = double.IsNaN(delta)
            ? ((double?)null, 0)
            : exact ? ExactPValue(sample, delta) : SampledPValue(sample, delta, draws);
        return new PairedComparison(
            MicroFigure.ToNullable(valueA),
            MicroFigure.ToNullable(valueB),
            MicroFigure.ToNullable(delta),
            interval,
            standardError,
            standardError * power,
            p,
            exact && p is not null,
            permutations,
            undefined,
            n,
            sample.TasksPaired,
            sample.Unpaired);
    }

    private static CombinationKey KeyOf(List<LeaderboardEntry> entries, string side)
    {
        var keys = entries.Select(e => CombinationKey.Of(e.Task)).Distinct().ToList();
        return keys.Count == 1
            ? keys[0]
            : throw new ArgumentException($"Side {side} must hold one combination's tasks; it holds {keys.Count} ({string.Join("; ", keys)}).", side);
    }

    private static double[] BootstrapDeltas(PairedSample sample, ResampleDraws draws)
    {
        var n = sample.Clusters;
        var indexes = draws.Indexes(n);
        var deltas = new double[draws.Resamples];
        for (var r = 0; r < deltas.Length; r++)
        {
            var drawn = indexes.AsSpan(r * n, n);
            deltas[r] = sample.Value(Sum(sample.A, drawn)) - sample.Value(Sum(sample.B, drawn));
        }

        return deltas;
    }

    /// <summary>All 2^n swap assignments in Gray-code order: each step swaps exactly one trial, so Σ dᵢ changes by one vector.</summary>
    private static (double? P, int Permutations) ExactPValue(PairedSample sample, double observed)
    {
        var n = sample.Clusters;
        var differences = Differences(sample);
        var totalA = Vector256.Create<int>(Sum(sample.A, Enumerable.Range(0, n).ToArray()));
        var totalB = Vector256.Create<int>(Sum(sample.B, Enumerable.Range(0, n).ToArray()));
        var moved = Vector256<int>.Zero;
        var swapped = new bool[n];
        var count = 0;
        var assignments = 1 << n;
        for (var k = 0; k < assignments; k++)
        {
            if (k > 0)
            {
                var flip = BitOperations.TrailingZeroCount(k);
                swapped[flip] = !swapped[flip];
                moved = swapped[flip] ? moved + differences[flip] : moved - differences[flip];
            }

            if (AtLeastAsExtreme(sample, totalA - moved, totalB + moved, observed))
            {
                count++;
            }
        }

        return ((double)count / assignments, assignments);
    }

    /// <summary>Random swaps from the shared swap bits; p = (extreme + 1) / (shuffles + 1), which counts the observed assignment.</summary>
    private static (double? P, int Permutations) SampledPValue(PairedSample sample, double observed, ResampleDraws draws)
    {
        var n = sample.Clusters;
        var differences = Differences(sample);
        var totalA = Vector256.Create<int>(Sum(sample.A, Enumerable.Range(0, n).ToArray()));
        var totalB = Vector256.Create<int>(Sum(sample.B, Enumerable.Range(0, n).ToArray()));
        var bits = draws.SwapBits(n);
        var words = ResampleDraws.SwapWords(n);
        var count = 0;
        for (var s = 0; s < draws.Shuffles; s++)
        {
            // Only the swapped trials move counts: visit the set bits (about half the trials), one vector add each.
            var moved = Vector256<int>.Zero;
            var row = bits.AsSpan(s * words, words);
            for (var w = 0; w < words; w++)
            {
                var word = w == words - 1 && n % 64 != 0 ? row[w] & ((1UL << (n % 64)) - 1) : row[w];
                var offset = w * 64;
                while (word != 0)
                {
                    moved += differences[offset + BitOperations.TrailingZeroCount(word)];
                    word &= word - 1;
                }
            }

            if (AtLeastAsExtreme(sample, totalA - moved, totalB + moved, observed))
            {
                count++;
            }
        }

        return ((count + 1.0) / (draws.Shuffles + 1.0), draws.Shuffles);
    }

    private static bool AtLeastAsExtreme(PairedSample sample, Vector256<int> a, Vector256<int> b, double observed)
    {
        Span<int> lanes = stackalloc int[PairedSample.Lanes];
        a.CopyTo(lanes);
        var valueA = sample.Value(lanes);
        b.CopyTo(lanes);
        var shuffled = valueA - sample.Value(lanes);
        return !double.IsNaN(shuffled) && Math.Abs(shuffled) >= Math.Abs(observed) - Tolerance;
    }

    private static Vector256<int>[] Differences(PairedSample sample)
    {
        var differences = new Vector256<int>[sample.Clusters];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = Vector256.Create<int>(sample.A.AsSpan(i * PairedSample.Lanes, PairedSample.Lanes))
                - Vector256.Create<int>(sample.B.AsSpan(i * PairedSample.Lanes, PairedSample.Lanes));
        }

        return differences;
    }

    private static int[] Sum(int[] side, ReadOnlySpan<int> clusters)
    {
        var sum = Vector256<int>.Zero;
        foreach (var cluster in clusters)
        {
            sum += Vector256.Create<int>(side.AsSpan(cluster * PairedSample.Lanes, PairedSample.Lanes));
        }

        var lanes = new int[PairedSample.Lanes];
        sum.CopyTo(lanes);
        return lanes;
    }

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        var squares = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(squares / (values.Length - 1));
    }
}
