using System.IO.Compression;
using McodeBench.Core.Models.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace McodeBench.Engine.Persistence.Caching;

/// <summary>
/// The recently used part of the database response cache, kept in this process so a warm rerun reads its answers
/// without a database round trip. Entries are held as their stored JSON document, deflated: model answers are
/// large (the two-step sample answers average 14 KB, 28 KB as .NET strings) and compress about eightfold, so the
/// bound (<see cref="DatabaseOptions.ResponseCacheMemoryBytes"/>, counted in compressed bytes) holds eight times
/// more of them, and inflating one costs less than reading it from the database. When full, the least recently
/// used entries go first. It only holds what the database holds (entries are added after their write committed,
/// or after they were read), and forgets everything when the store is cleared or pruned.
/// </summary>
internal sealed class ResponseMemoryFront : IDisposable
{
    // Per entry besides the compressed bytes: the key string and the cache's own entry objects.
    private const int EntryOverheadBytes = 256;

    private readonly long limitBytes;
    private MemoryCache cache;

    public ResponseMemoryFront(long limitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        this.limitBytes = limitBytes;
        cache = NewCache(limitBytes);
    }

    /// <summary>The entry for <paramref name="key"/>, expired or not (the store decides), or null when not held.</summary>
    public ResponseCacheEntry? Get(string key)
    {
        if (!Volatile.Read(ref cache).TryGetValue(key, out byte[]? deflated) || deflated is null)
        {
            return null;
        }

        using var input = new MemoryStream(deflated, writable: false);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var json = new MemoryStream(deflated.Length * 8);
        inflate.CopyTo(json);
        return ResponseCacheEntry.FromUtf8Json(json.GetBuffer().AsSpan(0, (int)json.Length));
    }

    /// <param name="payload">The entry's stored JSON document (<see cref="ResponseCacheEntry.ToUtf8Json"/>).</param>
    public void Set(string key, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(payload);
        using var output = new MemoryStream(payload.Length / 4);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(payload);
        }

        var deflated = output.ToArray();
        var size = deflated.Length + EntryOverheadBytes;
        if (size > limitBytes)
        {
            return;
        }

        // No expiration here: the store checks it against its own clock on every read.
        Volatile.Read(ref cache).Set(key, deflated, new MemoryCacheEntryOptions { Size = size });
    }

    /// <summary>What is held now (the cache's own estimate, which is the sum of the sizes counted against the bound).</summary>
    public MemoryFrontUsage Usage()
    {
        var statistics = Volatile.Read(ref cache).GetCurrentStatistics();
        return new MemoryFrontUsage(statistics?.CurrentEntryCount ?? 0, statistics?.CurrentEstimatedSize ?? 0, limitBytes);
    }

    /// <summary>Forgets every entry (the store was cleared or pruned, possibly of entries this process holds).</summary>
    public void Clear() => Interlocked.Exchange(ref cache, NewCache(limitBytes)).Dispose();

    public void Dispose() => Volatile.Read(ref cache).Dispose();

    // Compacting a quarter when full keeps compactions rare.
    private static MemoryCache NewCache(long limitBytes) => new(new MemoryCacheOptions { SizeLimit = limitBytes, CompactionPercentage = 0.25, TrackStatistics = true });
}
