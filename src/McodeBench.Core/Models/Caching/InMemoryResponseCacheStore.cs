using System.Collections.Concurrent;

namespace McodeBench.Core.Models.Caching;

/// <summary>A response cache that lives as long as the process; for tests and single runs without a cache folder.</summary>
public sealed class InMemoryResponseCacheStore(TimeProvider? timeProvider = null) : IResponseCacheStore
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (ResponseCacheEntry Entry, long Size)> entries = new(StringComparer.Ordinal);
    private long hits;
    private long misses;

    public Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (entries.TryGetValue(ResponseCacheEntry.ValidateKey(key), out var stored) && !stored.Entry.IsExpired(clock.GetUtcNow()))
        {
            Interlocked.Increment(ref hits);
            return Task.FromResult<CachedResponse?>(stored.Entry.Response);
        }

        Interlocked.Increment(ref misses);
        return Task.FromResult<CachedResponse?>(null);
    }

    public Task SetAsync(string key, CachedResponse response, TimeSpan? timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var entry = ResponseCacheEntry.Create(key, response, timeToLive, clock.GetUtcNow());
        entries[entry.Key] = (entry, entry.ToUtf8Json().LongLength);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ResponseCacheEntryInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ResponseCacheEntryInfo>>(
            [.. entries.Values.Select(stored => stored.Entry.ToInfo(stored.Size)).OrderBy(info => info.CreatedAt).ThenBy(info => info.Key, StringComparer.Ordinal)]);

    public Task<int> PruneExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var (key, stored) in entries)
        {
            if (stored.Entry.IsExpired(now) && entries.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    public Task<int> ClearAsync(CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var key in entries.Keys)
        {
            if (entries.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    public Task<ResponseCacheStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = entries.Values.ToList();
        return Task.FromResult(new ResponseCacheStats(
            snapshot.Count,
            snapshot.Sum(stored => stored.Size),
            Interlocked.Read(ref hits),
            Interlocked.Read(ref misses)));
    }
}
