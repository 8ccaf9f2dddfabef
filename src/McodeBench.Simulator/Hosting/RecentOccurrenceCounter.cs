using System.Globalization;

namespace McodeBench.Simulator.Hosting;

/// <summary>
/// How often each request body has been seen recently, so a retry of the same body draws a fresh fate. Bounded: a
/// simulator serving load for hours sees a new body with almost every request, and an unbounded map grew by about
/// 200 bytes per request for the life of the process. Two generations of at most <see cref="GenerationSize"/> bodies
/// each: when the young one fills, it becomes the old one and the previous old one is dropped, so a body is
/// remembered for at least <see cref="GenerationSize"/> distinct bodies after it was last seen (more than two
/// minutes at 1,000 new bodies a second, far longer than any client's retry backoff). A body forgotten after that
/// counts from zero again, which only matters to a client that retries after that long.
/// </summary>
internal sealed class RecentOccurrenceCounter
{
    /// <summary>Bodies per generation: at most twice this many are held, at about 36 bytes each (under 20 MB with the tables' slack).</summary>
    public const int DefaultGenerationSize = 131_072;

    private readonly Lock gate = new();
    private Dictionary<UInt128, int> young;
    private Dictionary<UInt128, int> old = [];

    public RecentOccurrenceCounter(int generationSize = DefaultGenerationSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generationSize);
        GenerationSize = generationSize;
        young = new Dictionary<UInt128, int>(Math.Min(generationSize, 1024));
    }

    public int GenerationSize { get; }

    /// <summary>Bodies held now; never more than twice <see cref="GenerationSize"/>.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return young.Count + old.Count;
            }
        }
    }

    /// <summary>Records one more sight of the body and returns how many times it was seen before (0 the first time).</summary>
    /// <param name="bodyHash">The body's SHA-256 in hex; its first 128 bits identify it.</param>
    public int Next(string bodyHash)
    {
        ArgumentNullException.ThrowIfNull(bodyHash);
        if (bodyHash.Length < 32 || !UInt128.TryParse(bodyHash.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key))
        {
            throw new ArgumentException($"'{bodyHash}' is not a hex SHA-256 body hash.", nameof(bodyHash));
        }

        lock (gate)
        {
            if (young.TryGetValue(key, out var seen) || old.Remove(key, out seen))
            {
                young[key] = seen + 1;
                return seen + 1;
            }

            if (young.Count >= GenerationSize)
            {
                old = young;
                young = new Dictionary<UInt128, int>(Math.Min(GenerationSize, 1024));
            }

            young[key] = 0;
            return 0;
        }
    }
}
