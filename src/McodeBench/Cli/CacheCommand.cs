using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Models.Caching;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench cache stats|prune|clear</c> over the file-system response cache in DATADIR/cache (Core's
/// <see cref="FileSystemResponseCacheStore"/>). The database store comes with the engine.
/// </summary>
internal static class CacheCommand
{
    public static Command Create(SessionRunner runner)
    {
        var stats = new Command("stats", "Entries, size, expired entries and entries per model of the response cache.");
        runner.SetAction(stats, StatsAsync);
        var prune = new Command("prune", "Remove expired and unreadable entries.");
        runner.SetAction(prune, PruneAsync);
        var clear = new Command("clear", "Remove every entry (the next run calls the models again, and pays for it).");
        runner.SetAction(clear, ClearAsync);

        var cache = new Command("cache", "Inspect and clean the response cache in the data folder (DataDir/cache).");
        cache.Subcommands.Add(stats);
        cache.Subcommands.Add(prune);
        cache.Subcommands.Add(clear);
        return cache;
    }

    private static async Task<int> StatsAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var store = new FileSystemResponseCacheStore(session.Options.CacheDirectory);
        if (!Directory.Exists(store.Directory))
        {
            session.Out.MarkupLineInterpolated($"The response cache at {store.Directory} is empty (the folder does not exist yet).");
            return ExitCodes.Success;
        }

        var totals = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var entries = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var expired = entries.Count(e => e.ExpiresAt is { } expires && expires <= now);
        var unreadable = totals.Entries - entries.Count;

        var summary = new Table().Title($"Response cache — {Markup.Escape(store.Directory)}").AddColumns("measure", "value");
        summary.AddRow("entries", totals.Entries.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("size", Size(totals.Bytes));
        summary.AddRow("expired (removed by prune)", expired.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("unreadable (removed by prune)", unreadable.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("oldest", entries.Count == 0 ? "—" : entries.Min(e => e.CreatedAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        summary.AddRow("newest", entries.Count == 0 ? "—" : entries.Max(e => e.CreatedAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        session.Out.Write(summary);

        if (entries.Count > 0)
        {
            var byModel = new Table().Title("Entries per model").AddColumns("model id", "entries", "size");
            foreach (var group in entries.GroupBy(e => e.ModelId ?? "(unknown)", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                byModel.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture), Size(group.Sum(e => e.SizeBytes)));
            }

            session.Out.Write(byModel);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> PruneAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var store = new FileSystemResponseCacheStore(session.Options.CacheDirectory);
        var removed = await store.PruneExpiredAsync(cancellationToken).ConfigureAwait(false);
        session.Logger.CacheEntriesRemoved(removed, "expired or unreadable", store.Directory);
        session.Out.MarkupLineInterpolated($"Removed {removed} expired or unreadable entries from {store.Directory}.");
        return ExitCodes.Success;
    }

    private static async Task<int> ClearAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var store = new FileSystemResponseCacheStore(session.Options.CacheDirectory);
        var removed = await store.ClearAsync(cancellationToken).ConfigureAwait(false);
        session.Logger.CacheEntriesRemoved(removed, "all", store.Directory);
        session.Out.MarkupLineInterpolated($"Removed {removed} entries from {store.Directory}.");
        return ExitCodes.Success;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / (1024d * 1024d)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
    };
}
