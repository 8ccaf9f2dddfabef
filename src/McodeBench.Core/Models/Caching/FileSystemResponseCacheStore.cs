using System.Text.Json;

namespace McodeBench.Core.Models.Caching;

/// <summary>
/// A response cache kept as one JSON file per key (<c>{key}.json</c>) in a directory, so it survives restarts and can be
/// inspected by hand. Writes go to a temporary file that is then renamed over the target, so a reader never sees a
/// half-written entry. An unreadable file is a miss (and skipped by <see cref="ListAsync"/>) until pruned.
/// Hit and miss counts belong to this instance, not to the directory.
/// </summary>
public sealed class FileSystemResponseCacheStore : IResponseCacheStore
{
    private const string Extension = ".json";
    private readonly string directory;
    private readonly TimeProvider clock;
    private long hits;
    private long misses;

    public FileSystemResponseCacheStore(string directory, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
        clock = timeProvider ?? TimeProvider.System;
    }

    public string Directory => directory;

    public async Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var entry = await ReadAsync(PathOf(key), cancellationToken).ConfigureAwait(false);
        if (entry is not null && !entry.Value.Entry.IsExpired(clock.GetUtcNow()))
        {
            Interlocked.Increment(ref hits);
            return entry.Value.Entry.Response;
        }

        Interlocked.Increment(ref misses);
        return null;
    }

    public async Task SetAsync(string key, CachedResponse response, TimeSpan? timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var entry = ResponseCacheEntry.Create(key, response, timeToLive, clock.GetUtcNow());
        System.IO.Directory.CreateDirectory(directory);
        var target = PathOf(entry.Key);
        var temporary = Path.Combine(directory, $".{entry.Key}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, entry.ToUtf8Json(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<IReadOnlyList<ResponseCacheEntryInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var infos = new List<ResponseCacheEntryInfo>();
        foreach (var file in EntryFiles())
        {
            if (await ReadAsync(file, cancellationToken).ConfigureAwait(false) is { } read)
            {
                infos.Add(read.Entry.ToInfo(read.Size));
            }
        }

        return [.. infos.OrderBy(info => info.CreatedAt).ThenBy(info => info.Key, StringComparer.Ordinal)];
    }

    public async Task<int> PruneExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var file in EntryFiles())
        {
            var read = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if ((read is null || read.Value.Entry.IsExpired(now)) && TryDelete(file))
            {
                removed++;
            }
        }

        return removed;
    }

    public Task<int> ClearAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(EntryFiles().Count(TryDelete));

    public Task<ResponseCacheStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var files = EntryFiles().Select(file => new FileInfo(file)).Where(info => info.Exists).ToList();
        return Task.FromResult(new ResponseCacheStats(
            files.Count, files.Sum(info => info.Length), Interlocked.Read(ref hits), Interlocked.Read(ref misses)));
    }

    private string PathOf(string key) => Path.Combine(directory, ResponseCacheEntry.ValidateKey(key) + Extension);

    private List<string> EntryFiles() =>
        System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory, "*" + Extension).Where(file => !Path.GetFileName(file).StartsWith('.')).ToList()
            : [];

    private static async Task<(ResponseCacheEntry Entry, long Size)?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            return ResponseCacheEntry.FromUtf8Json(bytes) is { Response: not null } entry ? (entry, bytes.LongLength) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryDelete(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        File.Delete(file);
        return true;
    }
}
