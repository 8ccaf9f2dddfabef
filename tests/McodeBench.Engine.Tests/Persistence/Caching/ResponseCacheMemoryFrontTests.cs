using McodeBench.Core.Models.Caching;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Caching;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Caching;

/// <summary>
/// The database response cache's in-process memory front: what it holds is answered without the database (shown by
/// deleting the rows behind the store's back), it forgets on clear, it is bounded, and it can be turned off.
/// </summary>
public abstract class ResponseCacheMemoryFrontTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private static readonly CachedResponse Answer = new("{\"entities\":[]}", "stop", "gpt-test", 1500, 90, 1024);

    private static string KeyOf(char c) => new(c, 64);

    [Fact]
    public async Task AStoredAnswerIsReadAgainFromMemory()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, null, Token);
        await DeleteRowsBehindTheStoreAsync();

        Assert.Equal(Answer, await store.GetAsync(KeyOf('a'), Token));
        Assert.Null(await Db.CreateResponseCacheStore().GetAsync(KeyOf('a'), Token));
        Assert.Equal(1L, (await store.GetStatsAsync(Token)).Hits);
    }

    [Fact]
    public async Task AnAnswerReadFromTheDatabaseIsKeptForTheNextRead()
    {
        await Db.CreateResponseCacheStore().SetAsync(KeyOf('a'), Answer, null, Token);
        var reader = Db.CreateResponseCacheStore();
        Assert.Equal(Answer, await reader.GetAsync(KeyOf('a'), Token));
        await DeleteRowsBehindTheStoreAsync();

        Assert.Equal(Answer, await reader.GetAsync(KeyOf('a'), Token));
        Assert.Equal((2L, 0L), ((await reader.GetStatsAsync(Token)).Hits, (await reader.GetStatsAsync(Token)).Misses));
    }

    [Fact]
    public async Task ClearingTheStoreEmptiesTheMemoryToo()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, null, Token);

        await store.ClearAsync(Token);

        Assert.Null(await store.GetAsync(KeyOf('a'), Token));
    }

    [Fact]
    public async Task AnAnswerHeldInMemoryStillExpiresOnTheStoresClock()
    {
        var store = Db.CreateResponseCacheStore();
        await store.SetAsync(KeyOf('a'), Answer, TimeSpan.FromMinutes(10), Token);
        await DeleteRowsBehindTheStoreAsync();
        Assert.NotNull(await store.GetAsync(KeyOf('a'), Token));

        Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await store.GetAsync(KeyOf('a'), Token));
    }

    [Fact]
    public async Task AnAnswerLargerThanTheBoundIsNotHeld()
    {
        var store = StoreWithFront(memoryBytes: 2_000);
        // Hexadecimal noise: it deflates only to about half, well above the bound.
        var large = Answer with { Text = string.Concat(Enumerable.Range(0, 200).Select(_ => Guid.NewGuid().ToString("N"))) };
        await store.SetAsync(KeyOf('a'), Answer, null, Token);
        await store.SetAsync(KeyOf('b'), large, null, Token);
        await DeleteRowsBehindTheStoreAsync();

        Assert.Equal(Answer, await store.GetAsync(KeyOf('a'), Token));
        Assert.Null(await store.GetAsync(KeyOf('b'), Token));
    }

    [Fact]
    public async Task WithTheFrontOffEveryReadGoesToTheDatabase()
    {
        var store = StoreWithFront(memoryBytes: 0);
        await store.SetAsync(KeyOf('a'), Answer, null, Token);
        Assert.Equal(Answer, await store.GetAsync(KeyOf('a'), Token));
        await DeleteRowsBehindTheStoreAsync();

        Assert.Null(await store.GetAsync(KeyOf('a'), Token));
    }

    [Fact]
    public async Task ItsUsageCountsWhatItHoldsAndNeverPassesTheBound()
    {
        var store = StoreWithFront(memoryBytes: 20_000);
        await store.SetAsync(KeyOf('a'), Answer, null, Token);
        var one = store.MemoryFront!;
        Assert.Equal((1L, 20_000L), (one.Entries, one.LimitBytes));
        Assert.InRange(one.Bytes, 257, 2_000);

        var most = 0L;
        for (var i = 0; i < 200; i++)
        {
            await store.SetAsync(i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), Answer with { Text = "{\"n\":" + i + "}" }, null, Token);
            most = Math.Max(most, store.MemoryFront!.Bytes);
        }

        Assert.InRange(most, one.Bytes * 2, 20_000);
        await store.ClearAsync(Token);
        Assert.Equal(new MemoryFrontUsage(0, 0, 20_000), store.MemoryFront);
    }

    [Fact]
    public void WithTheFrontOffThereIsNoUsage() => Assert.Null(StoreWithFront(memoryBytes: 0).MemoryFront);

    private EfResponseCacheStore StoreWithFront(long memoryBytes) =>
        new(new BenchDbContextFactory(Db.Options with { ResponseCacheMemoryBytes = memoryBytes }), Db.Writer, Clock);

    private async Task DeleteRowsBehindTheStoreAsync()
    {
        await using var context = Db.Contexts.Create();
        await context.ResponseCache.ExecuteDeleteAsync(Token);
    }

    public sealed class OnSqlite() : ResponseCacheMemoryFrontTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : ResponseCacheMemoryFrontTests(TestDatabaseKind.Postgres);
}
