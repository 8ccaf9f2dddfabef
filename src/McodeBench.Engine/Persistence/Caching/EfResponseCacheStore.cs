using McodeBench.Core.Models.Caching;
using McodeBench.Engine.Persistence.Sql;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Caching;

/// <summary>
/// The response cache in the engine's database (table <c>response_cache</c>). Each payload is the JSON document the
/// file store writes, so entries move between stores unchanged and sizes mean the same. Lookups read on their own
/// context; stores go through the writer. Hit and miss counts belong to this instance.
/// <para>
/// Entries read or stored are also kept in a bounded memory front (<see cref="DatabaseOptions.ResponseCacheMemoryBytes"/>),
/// so asking again for an answer this process has seen costs no database read. Another process's <c>cache clear</c>
/// does not reach the front: this process may go on answering from answers it holds until it restarts.
/// </para>
/// </summary>
public sealed class EfResponseCacheStore(BenchDbContextFactory contexts, BatchedDatabaseWriter writer, TimeProvider? timeProvider = null) : IResponseCacheStore
{
    private readonly BenchDbContextFactory contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
    private readonly ResponseMemoryFront? front = contexts.Options.ResponseCacheMemoryBytes > 0 ? new ResponseMemoryFront(contexts.Options.ResponseCacheMemoryBytes) : null;
    private readonly BatchedDatabaseWriter writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private static readonly string[] UpdatedColumns =
    [
        nameof(ResponseCacheRow.ModelId), nameof(ResponseCacheRow.CreatedUtc), nameof(ResponseCacheRow.ExpiresUtc),
        nameof(ResponseCacheRow.SizeBytes), nameof(ResponseCacheRow.Payload),
    ];

    private long hits;
    private long misses;

    public async Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ResponseCacheEntry.ValidateKey(key);
        var entry = front?.Get(key);
        if (entry is null)
        {
            var context = contexts.Create();
            await using var scope = context.ConfigureAwait(false);
            var row = await context.ResponseCache.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key, cancellationToken).ConfigureAwait(false);
            if (row is not null && Read(row.Payload) is { } read)
            {
                entry = read;
                front?.Set(key, row.Payload);
            }
        }

        if (entry is not null && !entry.IsExpired(clock.GetUtcNow()))
        {
            Interlocked.Increment(ref hits);
            return entry.Response;
        }

        Interlocked.Increment(ref misses);
        return null;
    }

    public async Task SetAsync(string key, CachedResponse response, TimeSpan? timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var entry = ResponseCacheEntry.Create(key, response, timeToLive, clock.GetUtcNow());
        var payload = entry.ToUtf8Json();
        var row = new ResponseCacheRow
        {
            Key = entry.Key,
            ModelId = entry.Response.ModelId,
            CreatedUtc = entry.CreatedAt.UtcDateTime,
            ExpiresUtc = entry.ExpiresAt?.UtcDateTime,
            SizeBytes = payload.LongLength,
            Payload = payload,
        };
        await writer.WriteAsync(
            async (context, token) =>
            {
                // Replace, else add: one statement in the usual case (a key is stored once).
                var replaced = await RowCommands.UpdateAsync(context, row, UpdatedColumns, [(nameof(ResponseCacheRow.Key), row.Key)], token).ConfigureAwait(false);
                return replaced > 0 || await RowCommands.InsertAsync(context, [row], token).ConfigureAwait(false) > 0;
            },
            cancellationToken).ConfigureAwait(false);
        front?.Set(entry.Key, payload);
    }

    public async Task<IReadOnlyList<ResponseCacheEntryInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var rows = await context.ResponseCache.AsNoTracking()
            .OrderBy(e => e.CreatedUtc).ThenBy(e => e.Key)
            .Select(e => new { e.Key, e.ModelId, e.CreatedUtc, e.ExpiresUtc, e.SizeBytes })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(e => new ResponseCacheEntryInfo(
            e.Key,
            e.ModelId,
            new DateTimeOffset(e.CreatedUtc),
            e.ExpiresUtc is { } expires ? new DateTimeOffset(expires) : null,
            e.SizeBytes)).ToList();
    }

    /// <summary>What this store's memory front holds now; null when the front is off.</summary>
    public MemoryFrontUsage? MemoryFront => front?.Usage();

    public async Task<int> PruneExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = await writer.WriteAsync(
            (context, token) => context.ResponseCache.Where(e => e.ExpiresUtc != null && e.ExpiresUtc <= now).ExecuteDeleteAsync(token),
            cancellationToken).ConfigureAwait(false);
        front?.Clear();
        return removed;
    }

    public async Task<int> ClearAsync(CancellationToken cancellationToken = default)
    {
        var removed = await writer.WriteAsync((context, token) => context.ResponseCache.ExecuteDeleteAsync(token), cancellationToken).ConfigureAwait(false);
        front?.Clear();
        return removed;
    }

    public async Task<ResponseCacheStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var entries = await context.ResponseCache.CountAsync(cancellationToken).ConfigureAwait(false);
        var bytes = entries == 0 ? 0 : await context.ResponseCache.SumAsync(e => e.SizeBytes, cancellationToken).ConfigureAwait(false);
        return new ResponseCacheStats(entries, bytes, Interlocked.Read(ref hits), Interlocked.Read(ref misses));
    }

    private static ResponseCacheEntry? Read(byte[] payload)
    {
        try
        {
            return ResponseCacheEntry.FromUtf8Json(payload) is { Response: not null } entry ? entry : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
