using McodeBench.Core.Models.Caching;
using McodeBench.Core.Tests.Models.Fakes;

namespace McodeBench.Core.Tests.Models.Caching;

public sealed class ResponseCacheStoreTests : IDisposable
{
    private static readonly CachedResponse Answer = new("{\"entities\":[]}", "stop", "gpt-test", 1500, 90, 1024);
    private readonly string directory = Path.Combine(Path.GetTempPath(), "mcodebench-cache-tests", Guid.NewGuid().ToString("N"));
    private readonly TestClock clock = new();

    public static TheoryData<string> Stores => ["memory", "files"];

    private IResponseCacheStore Create(string kind) => kind == "memory"
        ? new InMemoryResponseCacheStore(clock)
        : new FileSystemResponseCacheStore(directory, clock);

    private static string KeyOf(char c) => new(c, 64);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task StoredResponsesComeBackWhole(string kind)
    {
        var store = Create(kind);
        await store.SetAsync(KeyOf('a'), Answer, null, TestContext.Current.CancellationToken);

        Assert.Equal(Answer, await store.GetAsync(KeyOf('a'), TestContext.Current.CancellationToken));
        Assert.Null(await store.GetAsync(KeyOf('b'), TestContext.Current.CancellationToken));
        var stats = await store.GetStatsAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, 1L, 1L), (stats.Entries, stats.Hits, stats.Misses));
        Assert.True(stats.Bytes > 0);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task EntriesExpireAfterTheirTimeToLive(string kind)
    {
        var store = Create(kind);
        await store.SetAsync(KeyOf('a'), Answer, TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
        await store.SetAsync(KeyOf('b'), Answer, null, TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await store.GetAsync(KeyOf('a'), TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.GetAsync(KeyOf('a'), TestContext.Current.CancellationToken));
        Assert.NotNull(await store.GetAsync(KeyOf('b'), TestContext.Current.CancellationToken));

        Assert.Equal(1, await store.PruneExpiredAsync(TestContext.Current.CancellationToken));
        var remaining = await store.ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([KeyOf('b')], remaining.Select(entry => entry.Key));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ListShowsKeyModelTimesAndSize(string kind)
    {
        var store = Create(kind);
        var created = clock.GetUtcNow();
        await store.SetAsync(KeyOf('c'), Answer, TimeSpan.FromDays(1), TestContext.Current.CancellationToken);

        var entry = Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(KeyOf('c'), entry.Key);
        Assert.Equal("gpt-test", entry.ModelId);
        Assert.Equal(created, entry.CreatedAt);
        Assert.Equal(created.AddDays(1), entry.ExpiresAt);
        Assert.Equal((await store.GetStatsAsync(TestContext.Current.CancellationToken)).Bytes, entry.SizeBytes);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ClearRemovesEverything(string kind)
    {
        var store = Create(kind);
        await store.SetAsync(KeyOf('a'), Answer, null, TestContext.Current.CancellationToken);
        await store.SetAsync(KeyOf('b'), Answer, null, TestContext.Current.CancellationToken);

        Assert.Equal(2, await store.ClearAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, (await store.GetStatsAsync(TestContext.Current.CancellationToken)).Entries);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task KeysThatCannotBeFileNamesAreRejected(string kind)
    {
        var store = Create(kind);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("../escape", Answer, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FileStoreWritesOneJsonFilePerKeyAndLeavesNoTemporaryFiles()
    {
        var store = new FileSystemResponseCacheStore(directory, clock);
        await store.SetAsync(KeyOf('a'), Answer, null, TestContext.Current.CancellationToken);
        await store.SetAsync(KeyOf('a'), Answer with { Text = "{\"entities\":[1]}" }, null, TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(directory).Select(Path.GetFileName);

        Assert.Equal([KeyOf('a') + ".json"], files);
        Assert.Contains("\"finish_reason\": \"stop\"", await File.ReadAllTextAsync(Path.Combine(directory, KeyOf('a') + ".json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("{\"entities\":[1]}", (await store.GetAsync(KeyOf('a'), TestContext.Current.CancellationToken))!.Text);
    }

    [Fact]
    public async Task FileStoreSurvivesANewInstance()
    {
        await new FileSystemResponseCacheStore(directory, clock).SetAsync(KeyOf('d'), Answer, null, TestContext.Current.CancellationToken);

        Assert.Equal(Answer, await new FileSystemResponseCacheStore(directory, clock).GetAsync(KeyOf('d'), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnUnreadableFileIsAMissAndIsPruned()
    {
        var store = new FileSystemResponseCacheStore(directory, clock);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, KeyOf('e') + ".json"), "{ not json", TestContext.Current.CancellationToken);

        Assert.Null(await store.GetAsync(KeyOf('e'), TestContext.Current.CancellationToken));
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await store.PruneExpiredAsync(TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(directory));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
