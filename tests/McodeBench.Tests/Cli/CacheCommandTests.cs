using McodeBench.Core.Models.Caching;
using McodeBench.Engine.Persistence;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// <c>mcodebench cache stats|prune|clear</c> act on the response cache the engine answers from: the
/// <c>response_cache</c> table of the configured database.
/// </summary>
public sealed class CacheCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    private string DatabaseFile => Path.Combine(harness.DataDir, "mcodebench.db");

    [Fact]
    public async Task Stats_without_a_database_is_empty_and_creates_none()
    {
        var result = await harness.RunAsync("cache", "stats");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"The response cache in {DatabaseFile} is empty", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabaseFile));
    }

    [Fact]
    public async Task Stats_counts_the_database_entries_the_engine_stored_expired_ones_and_entries_per_model()
    {
        await FillAsync(harness.DataDir);

        var result = await harness.RunAsync("cache", "stats");

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"entries\s*│\s*3\s*│", result.Out);
        Assert.Matches(@"expired \(removed by prune\)\s*│\s*1\s*│", result.Out);
        Assert.Matches(@"gpt-4o-mini\s*│\s*2\s*│", result.Out);
        Assert.Matches(@"simulated-gpt\s*│\s*1\s*│", result.Out);
    }

    [Fact]
    public async Task Prune_removes_expired_entries_only()
    {
        await FillAsync(harness.DataDir);

        var result = await harness.RunAsync("cache", "prune");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"Removed 1 expired entries from the response cache in {DatabaseFile}", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(harness.DataDir));
    }

    [Fact]
    public async Task Clear_removes_every_entry_so_the_engine_finds_none()
    {
        await FillAsync(harness.DataDir);

        var result = await harness.RunAsync("cache", "clear");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Removed 3 entries", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(harness.DataDir));
    }

    [Fact]
    public async Task The_data_folder_option_points_the_commands_at_another_database()
    {
        await FillAsync(harness.DataDir);

        var result = await harness.RunAsync("cache", "stats", "--data-dir", "elsewhere");

        Assert.Equal(0, result.Exit);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "elsewhere", "mcodebench.db") + " is empty", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    /// <summary>Two live gpt-4o-mini entries and one simulated-gpt entry that expired a day ago, stored as the engine stores them.</summary>
    private static async Task FillAsync(string dataDir)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using (var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(dataDir), cancellationToken: cancellationToken))
        {
            var live = database.CreateResponseCacheStore();
            await live.SetAsync("a1", new CachedResponse("{}", "stop", "gpt-4o-mini", 100, 10), null, cancellationToken);
            await live.SetAsync("a2", new CachedResponse("{\"entities\":[]}", "stop", "gpt-4o-mini", 120, 12), TimeSpan.FromDays(30), cancellationToken);
        }

        await using (var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(dataDir), new FixedTimeProvider(DateTimeOffset.UtcNow.AddDays(-2)), cancellationToken: cancellationToken))
        {
            await database.CreateResponseCacheStore().SetAsync("old", new CachedResponse("{}", "stop", "simulated-gpt", 50, 5), TimeSpan.FromDays(1), cancellationToken);
        }
    }

    private static async Task<int> CountAsync(string dataDir)
    {
        await using var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(dataDir), cancellationToken: TestContext.Current.CancellationToken);
        return (await database.CreateResponseCacheStore().GetStatsAsync(TestContext.Current.CancellationToken)).Entries;
    }
}
