namespace McodeBench.Core.Statistics.Sampling;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator whose sequence is fixed by its seed on every platform
/// and .NET version, unlike <see cref="Random"/>'s unspecified algorithm. Statistical quality is ample for resampling.
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one named stream of a seed, so different draws never share a sequence by accident.</summary>
    public static DeterministicRandom For(ulong seed, ulong stream, ulong size) =>
        new(Mix(Mix(seed ^ 0x9E3779B97F4A7C15UL) ^ Mix(stream + 0x632BE59BD9B4E019UL) ^ Mix(size * 0xD1B54A32D192ED03UL)));

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [0, bound) by Lemire's multiply-shift; the bias for bounds far below 2^64 is negligible.</summary>
    public int NextInt(int bound) => (int)Math.BigMul(NextULong(), (ulong)bound, out _);

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
