using McodeBench.Engine.Persistence;

namespace McodeBench.Web.Pages.SystemStatus;

/// <summary>
/// The database and the response cache. Hit rate and savings come from the tasks' own usage (every call a task made,
/// cache hits included), so they cover every process that ran tasks against this database, not only this one.
/// </summary>
/// <param name="DatabaseBytes">SQLite: the database file with its write-ahead log; PostgreSQL: <c>pg_database_size</c>. Null when it cannot be read.</param>
/// <param name="CacheHitRate">Cache hits / model calls; null with no calls.</param>
/// <param name="MoneySaved">What the cache hits would have cost, US dollars.</param>
public sealed record StorageFigures(
    DatabaseProvider Provider,
    long? DatabaseBytes,
    int CacheEntries,
    long CacheBytes,
    long Calls,
    long CacheHits,
    double? CacheHitRate,
    decimal MoneySaved,
    long WouldBeInputTokens,
    long WouldBeOutputTokens);
