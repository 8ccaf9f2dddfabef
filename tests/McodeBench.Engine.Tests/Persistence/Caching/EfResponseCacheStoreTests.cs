using McodeBench.Core.Models.Caching;
using McodeBench.Engine.Persistence.Caching;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Caching;

/// <summary>The contract Core's stores meet (tests/McodeBench.Core.Tests/Models/Caching/ResponseCacheStoreTests), on the database store.</summary>
public abstract class EfResponseCacheStoreTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private static readonly CachedResponse Answer = new("{\"entities\":[]}", "stop", "gpt-test", 1500, 90, 1024);

    private static string KeyOf(char c) => new(c, 64);

    [Fact]
    public async Task StoredResponsesComeBackWhole()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, null, Token);

        Assert.Equal(Answer, await store.GetAsync(KeyOf('a'), Token));
        Assert.Null(await store.GetAsync(KeyOf('b'), Token));
        var stats = await store.GetStatsAsync(Token);
        Assert.Equal((1, 1L, 1L), (stats.Entries, stats.Hits, stats.Misses));
        Assert.True(stats.Bytes > 0);
    }

    [Fact]
    public async Task EntriesExpireAfterTheirTimeToLive()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, TimeSpan.FromHours(1), Token);
        await store.SetAsync(KeyOf('b'), Answer, null, Token);

        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await store.GetAsync(KeyOf('a'), Token));
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.GetAsync(KeyOf('a'), Token));
        Assert.NotNull(await store.GetAsync(KeyOf('b'), Token));

        Assert.Equal(1, await store.PruneExpiredAsync(Token));
        Assert.Equal([KeyOf('b')], (await store.ListAsync(Token)).Select(entry => entry.Key));
    }

    [Fact]
    public async Task ListShowsKeyModelTimesAndSize()
    {
        var store = Db.CreateResponseCacheStore();
        var created = Clock.GetUtcNow();
        await store.SetAsync(KeyOf('c'), Answer, TimeSpan.FromDays(1), Token);

        var entry = Assert.Single(await store.ListAsync(Token));

        Assert.Equal(KeyOf('c'), entry.Key);
        Assert.Equal("gpt-test", entry.ModelId);
        Assert.Equal(created, entry.CreatedAt);
        Assert.Equal(created.AddDays(1), entry.ExpiresAt);
        Assert.Equal((await store.GetStatsAsync(Token)).Bytes, entry.SizeBytes);
    }

    [Fact]
    public async Task ClearRemovesEverything()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, null, Token);
        await store.SetAsync(KeyOf('b'), Answer, null, Token);

        Assert.Equal(2, await store.ClearAsync(Token));
        Assert.Empty(await store.ListAsync(Token));
        Assert.Equal(0, (await store.GetStatsAsync(Token)).Entries);
    }

    [Fact]
    public async Task KeysThatCannotBeFileNamesAreRejected()
    {
        var store = Db.CreateResponseCacheStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("../escape", Answer, null, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync("../escape", Token));
    }

    [Fact]
    public async Task StoringAKeyAgainReplacesItsEntry()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, TimeSpan.FromMinutes(1), Token);
        Clock.Advance(TimeSpan.FromMinutes(5));

        await store.SetAsync(KeyOf('a'), Answer with { Text = "{\"entities\":[1]}" }, null, Token);

        var entry = Assert.Single(await store.ListAsync(Token));
        Assert.Equal((Clock.GetUtcNow(), (DateTimeOffset?)null), (entry.CreatedAt, entry.ExpiresAt));
        Assert.Equal("{\"entities\":[1]}", (await store.GetAsync(KeyOf('a'), Token))!.Text);
    }

    [Fact]
    public async Task EntriesSurviveANewStoreAndANewProcess()
    {
        await Db.CreateResponseCacheStore().SetAsync(KeyOf('d'), Answer, null, Token);
        await Db.DisposeAsync();

        await using var reopened = await Database.OpenAsync(Clock, cancellationToken: Token);

        Assert.Equal(Answer, await reopened.CreateResponseCacheStore().GetAsync(KeyOf('d'), Token));
    }

    [Fact]
    public async Task ThePayloadIsTheFileStoresDocumentByteForByte()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcodebench-engine-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var files = new FileSystemResponseCacheStore(folder, Clock);
            var store = Db.CreateResponseCacheStore();
            await files.SetAsync(KeyOf('e'), Answer, TimeSpan.FromDays(2), Token);
            await store.SetAsync(KeyOf('e'), Answer, TimeSpan.FromDays(2), Token);

            await using var context = Db.Contexts.Create();
            var payload = context.ResponseCache.Single(e => e.Key == KeyOf('e')).Payload;

            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, KeyOf('e') + ".json"), Token), payload);
            Assert.Equal((await files.ListAsync(Token))[0], (await store.ListAsync(Token))[0]);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public sealed class OnSqlite() : EfResponseCacheStoreTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : EfResponseCacheStoreTests(TestDatabaseKind.Postgres);
}
