using McodeBench.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Web.Pages.SystemStatus;

/// <summary>Reads <see cref="StorageFigures"/> from the database (one small aggregate query per figure).</summary>
public sealed class StorageFiguresReader(BenchDatabase database)
{
    public async Task<StorageFigures> ReadAsync(CancellationToken cancellationToken)
    {
        var cache = await database.CreateResponseCacheStore().GetStatsAsync(cancellationToken);
        var context = database.Contexts.Create();
        await using var scope = context;
        var usage = await context.Tasks.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Calls = g.Sum(t => (long)t.Calls),
                Hits = g.Sum(t => (long)t.CacheHits),
                WouldBeInput = g.Sum(t => t.WouldBeInputTokens),
                WouldBeOutput = g.Sum(t => t.WouldBeOutputTokens),
            })
            .FirstOrDefaultAsync(cancellationToken);
        // Summed in memory: SQLite has no decimal type to sum in, and a task list of this size fits easily.
        var saved = (await context.Tasks.AsNoTracking().Where(t => t.CacheHits > 0).Select(t => t.WouldBeCost).ToListAsync(cancellationToken)).Sum();
        var calls = usage?.Calls ?? 0;
        var hits = usage?.Hits ?? 0;
        return new StorageFigures(
            database.Options.Provider,
            await DatabaseBytesAsync(context, cancellationToken),
            cache.Entries,
            cache.Bytes,
            calls,
            hits,
            calls == 0 ? null : (double)hits / calls,
            saved,
            usage?.WouldBeInput ?? 0,
            usage?.WouldBeOutput ?? 0);
    }

    private async Task<long?> DatabaseBytesAsync(BenchDbContext context, CancellationToken cancellationToken)
    {
        if (database.Options.Provider == DatabaseProvider.Sqlite)
        {
            var path = database.Options.SqlitePath;
            return new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
        }

        try
        {
            return await context.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken);
        }
        catch (Exception error) when (error is InvalidOperationException or System.Data.Common.DbException)
        {
            // Without the privilege to read the size the page still shows everything else.
            return null;
        }
    }
}
