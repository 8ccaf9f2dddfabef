using McodeBench.Core.Models.Caching;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench cache stats|prune|clear</c> over the file-system response cache in DATADIR/cache.</summary>
public sealed class CacheCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    private string CacheFolder => Path.Combine(harness.DataDir, "cache");

    [Fact]
    public async Task Stats_of_a_cache_that_does_not_exist_yet_is_empty_not_an_error()
    {
        var result = await harness.RunAsync("cache", "stats");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"The response cache at {CacheFolder} is empty", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_counts_entries_expired_entries_and_entries_per_model()
    {
        await FillAsync();

        var result = await harness.RunAsync("cache", "stats");

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"entries\s*│\s*4\s*│", result.Out);
        Assert.Matches(@"expired \(removed by prune\)\s*│\s*1\s*│", result.Out);
        Assert.Matches(@"unreadable \(removed by prune\)\s*│\s*1\s*│", result.Out);
        Assert.Matches(@"gpt-4o-mini\s*│\s*2\s*│", result.Out);
        Assert.Matches(@"simulated-gpt\s*│\s*1\s*│", result.Out);
    }

    [Fact]
    public async Task Prune_removes_expired_and_unreadable_entries_only()
    {
        await FillAsync();

        var result = await harness.RunAsync("cache", "prune");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"Removed 2 expired or unreadable entries from {CacheFolder}", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(CacheFolder, "*.json").Length);
    }

    [Fact]
    public async Task Clear_removes_every_entry()
    {
        await FillAsync();

        var result = await harness.RunAsync("cache", "clear");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Removed 4 entries", result.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(CacheFolder, "*.json"));
    }

    [Fact]
    public async Task The_data_folder_option_points_the_commands_at_another_cache()
    {
        await FillAsync();

        var result = await harness.RunAsync("cache", "stats", "--data-dir", "elsewhere");

        Assert.Equal(0, result.Exit);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "elsewhere", "cache") + " is empty", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    /// <summary>Two live gpt-4o-mini entries, one simulated-gpt entry that expired a day ago, and one unreadable file.</summary>
    private async Task FillAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var live = new FileSystemResponseCacheStore(CacheFolder);
        await live.SetAsync("a1", new CachedResponse("{}", "stop", "gpt-4o-mini", 100, 10), null, cancellationToken);
        await live.SetAsync("a2", new CachedResponse("{\"entities\":[]}", "stop", "gpt-4o-mini", 120, 12), TimeSpan.FromDays(30), cancellationToken);
        var past = new FileSystemResponseCacheStore(CacheFolder, new FixedTimeProvider(DateTimeOffset.UtcNow.AddDays(-2)));
        await past.SetAsync("old", new CachedResponse("{}", "stop", "simulated-gpt", 50, 5), TimeSpan.FromDays(1), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(CacheFolder, "broken.json"), "{ not json", cancellationToken);
    }
}
