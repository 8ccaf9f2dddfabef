using System.Collections.Concurrent;

namespace McodeBench.Core.Statistics.Sampling;

/// <summary>
/// The bootstrap index draws and the permutation swap bits, made once per cluster count and shared by every
/// combination with that many trials (the usual case: a run gives every combination the same trials). Sharing is what
/// makes 50 combinations cheap, and it keeps results a pure function of (seed, cluster count, data).
/// </summary>
internal sealed class ResampleDraws(ulong seed, int resamples, int shuffles)
{
    private const ulong BootstrapStream = 1;
    private const ulong SwapStream = 2;

    private readonly ConcurrentDictionary<int, Lazy<int[]>> indexes = new();
    private readonly ConcurrentDictionary<int, Lazy<ulong[]>> swaps = new();

    public int Resamples => resamples;

    public int Shuffles => shuffles;

    /// <summary><see cref="Resamples"/> rows of <paramref name="clusters"/> indexes drawn with replacement, row-major.</summary>
    public int[] Indexes(int clusters) => indexes.GetOrAdd(clusters, n => new Lazy<int[]>(() =>
    {
        var random = DeterministicRandom.For(seed, BootstrapStream, (ulong)n);
        var draws = new int[resamples * n];
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = random.NextInt(n);
        }

        return draws;
    })).Value;

    /// <summary><see cref="Shuffles"/> rows of swap bits (bit i of a row: swap cluster i), <see cref="SwapWords"/> words a row.</summary>
    public ulong[] SwapBits(int clusters) => swaps.GetOrAdd(clusters, n => new Lazy<ulong[]>(() =>
    {
        var random = DeterministicRandom.For(seed, SwapStream, (ulong)n);
        var bits = new ulong[shuffles * SwapWords(n)];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = random.NextULong();
        }

        return bits;
    })).Value;

    public static int SwapWords(int clusters) => (clusters + 63) / 64;
}
