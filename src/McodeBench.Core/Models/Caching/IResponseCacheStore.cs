namespace McodeBench.Core.Models.Caching;

/// <summary>
/// Where the response cache keeps answers, by key (see <see cref="ResponseCacheKey"/>). Implementations: in memory,
/// one JSON file per key; the engine adds a database one.
/// </summary>
public interface IResponseCacheStore
{
    /// <summary>The stored response, or null when absent or expired; counts a hit or a miss.</summary>
    Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores (or replaces) a response; null <paramref name="timeToLive"/> keeps it until cleared.</summary>
    Task SetAsync(string key, CachedResponse response, TimeSpan? timeToLive, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResponseCacheEntryInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes expired (and unreadable) entries; returns how many were removed.</summary>
    Task<int> PruneExpiredAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes every entry; returns how many were removed.</summary>
    Task<int> ClearAsync(CancellationToken cancellationToken = default);

    Task<ResponseCacheStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
