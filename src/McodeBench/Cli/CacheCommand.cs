using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Models.Caching;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench cache stats|prune|clear</c> over the response cache the engine answers from: the
/// <c>response_cache</c> table of the configured database (the SQLite file in DataDir, or PostgreSQL), through the same
/// store the engine uses, so what these commands count and remove is exactly what a run would replay.
/// </summary>
internal static class CacheCommand
{
    public static Command Create(SessionRunner runner)
    {
        var stats = new Command("stats", "Entries, size, expired entries and entries per model of the response cache.");
        runner.SetAction(stats, StatsAsync);
        var prune = new Command("prune", "Remove expired entries.");
        runner.SetAction(prune, PruneAsync);
        var clear = new Command("clear", "Remove every entry (the next run calls the models again, and pays for it).");
        runner.SetAction(clear, ClearAsync);

        var cache = new Command("cache", "Inspect and clean the response cache in the database (DataDir or Database).");
        cache.Subcommands.Add(stats);
        cache.Subcommands.Add(prune);
        cache.Subcommands.Add(clear);
        return cache;
    }

    private static async Task<int> StatsAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var where = ResultsSession.Describe(session.Options);
        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Out.MarkupLineInterpolated($"The response cache in {where} is empty (there is no database there yet; mcodebench run creates it).");
            return ExitCodes.Success;
        }

        await using var database = await Engine.DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
        var store = database.CreateResponseCacheStore();
        var totals = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var entries = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var expired = entries.Count(e => e.ExpiresAt is { } expires && expires <= now);

        var summary = new Table().Title($"Response cache — {Markup.Escape(where)}").AddColumns("measure", "value");
        summary.AddRow("entries", totals.Entries.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("size", Size(totals.Bytes));
        summary.AddRow("expired (removed by prune)", expired.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("oldest", entries.Count == 0 ? "—" : Time(entries.Min(e => e.CreatedAt)));
        summary.AddRow("newest", entries.Count == 0 ? "—" : Time(entries.Max(e => e.CreatedAt)));
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

    private static Task<int> PruneAsync(CommandSession session, CancellationToken cancellationToken) =>
        RemoveAsync(session, "expired", store => store.PruneExpiredAsync(cancellationToken), cancellationToken);

    private static Task<int> ClearAsync(CommandSession session, CancellationToken cancellationToken) =>
        RemoveAsync(session, "all", store => store.ClearAsync(cancellationToken), cancellationToken);

    private static async Task<int> RemoveAsync(CommandSession session, string which, Func<IResponseCacheStore, Task<int>> remove, CancellationToken cancellationToken)
    {
        var where = ResultsSession.Describe(session.Options);
        var removed = 0;
        if (!ResultsSession.HasNoDatabaseYet(session.Options))
        {
            // Not opened when absent: removing nothing must not create an empty database where the user may not expect one.
            await using var database = await Engine.DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
            removed = await remove(database.CreateResponseCacheStore()).ConfigureAwait(false);
        }

        session.Logger.CacheEntriesRemoved(removed, which, where);
        var what = which == "all" ? string.Empty : which + " ";
        session.Out.MarkupLineInterpolated($"Removed {removed} {what}entries from the response cache in {where}.");
        return ExitCodes.Success;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / (1024d * 1024d)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
    };
}
