using McodeBench.Core.Models.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace McodeBench.Engine.Persistence.Caching;

/// <summary>
/// The recently used part of the database response cache, kept in this process so a warm rerun reads its answers
/// without a database round trip. Bounded by the memory its entries' strings take (<see cref="DatabaseOptions.ResponseCacheMemoryBytes"/>,
/// estimated per entry): when full, the least recently used entries go first. It only ever holds what the database holds (entries are added
/// after their write committed, or after they were read), and it forgets everything when the store is cleared or pruned.
/// </summary>
internal sealed class ResponseMemoryFront : IDisposable
{
    private readonly long limitBytes;
    private MemoryCache cache;

    public ResponseMemoryFront(long limitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        this.limitBytes = limitBytes;
        cache = NewCache(limitBytes);
    }

    /// <summary>The entry for <paramref name="key"/>, expired or not (the store decides), or null when not held.</summary>
    public ResponseCacheEntry? Get(string key) => Volatile.Read(ref cache).TryGetValue(key, out ResponseCacheEntry? entry) ? entry : null;

    public void Set(ResponseCacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sizeBytes = SizeOf(entry);
        if (sizeBytes > limitBytes)
        {
            return;
        }

        // No expiration here: the store checks it against its own clock on every read.
        Volatile.Read(ref cache).Set(entry.Key, entry, new MemoryCacheEntryOptions { Size = sizeBytes });
    }

    /// <summary>Forgets every entry (the store was cleared or pruned, possibly of entries this process holds).</summary>
    public void Clear() => Interlocked.Exchange(ref cache, NewCache(limitBytes)).Dispose();

    public void Dispose() => Volatile.Read(ref cache).Dispose();

    // Strings are UTF-16; the rest (the records, the cache's own entry) is a few hundred bytes.
    private static long SizeOf(ResponseCacheEntry entry) =>
        256 + (2L * (entry.Key.Length + entry.Response.Text.Length + entry.Response.FinishReason.Length + (entry.Response.ModelId?.Length ?? 0)));

    // Compacting a quarter when full keeps compactions rare.
    private static MemoryCache NewCache(long limitBytes) => new(new MemoryCacheOptions { SizeLimit = limitBytes, CompactionPercentage = 0.25 });
}
