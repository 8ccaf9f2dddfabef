using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Persistence.Events;

public abstract class EventLogTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task EventsComeBackInOrderWithTheirProperties()
    {
        var first = await Db.Events.AppendAsync(new NewEvent(EventLevel.Info, "run started", "run-1", Properties: new Dictionary<string, string> { ["tasks"] = "12" }), Token);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Db.Events.AppendAsync(
            [
                new NewEvent(EventLevel.Success, "task done", "run-1", "run-1/t1"),
                new NewEvent(EventLevel.Warning, "rate limited", "run-2"),
                new NewEvent(EventLevel.Error, "task failed", "run-1", "run-1/t2", new Dictionary<string, string> { ["failure_class"] = "timeout" }),
            ],
            Token);

        var all = await Db.Events.ReadAfterAsync(0, cancellationToken: Token);

        Assert.Equal(["run started", "task done", "rate limited", "task failed"], all.Select(e => e.Message));
        Assert.Equal(first, all[0].Id);
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        Assert.Equal((EventLevel.Info, "run-1", (string?)null, "12"), (all[0].Level, all[0].RunId, all[0].TaskId, all[0].Properties["tasks"]));
        Assert.Equal("timeout", all[3].Properties["failure_class"]);
        Assert.Empty(all[1].Properties);
        Assert.Equal((Now.AddSeconds(-1), DateTimeKind.Utc), (all[0].TimeUtc, all[0].TimeUtc.Kind));
        Assert.Equal(Now, all[1].TimeUtc);
    }

    [Fact]
    public async Task AReaderResumesAfterTheLastIdItSawForOneRunAndLevel()
    {
        for (var i = 0; i < 10; i++)
        {
            await Db.Events.AppendAsync(new NewEvent(i % 2 == 0 ? EventLevel.Debug : EventLevel.Warning, $"event {i}", i < 8 ? "run-1" : "run-2"), Token);
        }

        var firstPage = await Db.Events.ReadAfterAsync(0, "run-1", limit: 3, cancellationToken: Token);
        var secondPage = await Db.Events.ReadAfterAsync(firstPage[^1].Id, "run-1", cancellationToken: Token);
        var warnings = await Db.Events.ReadAfterAsync(0, minimumLevel: EventLevel.Warning, cancellationToken: Token);

        Assert.Equal(["event 0", "event 1", "event 2"], firstPage.Select(e => e.Message));
        Assert.Equal(["event 3", "event 4", "event 5", "event 6", "event 7"], secondPage.Select(e => e.Message));
        Assert.Equal(["event 1", "event 3", "event 5", "event 7", "event 9"], warnings.Select(e => e.Message));
        Assert.Empty(await Db.Events.ReadAfterAsync(warnings[^1].Id, cancellationToken: Token));
    }

    [Fact]
    public async Task AnEventStampedInLocalTimeIsRefused()
    {
        var local = new NewEvent(EventLevel.Info, "local", TimeUtc: new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Local));

        await Assert.ThrowsAnyAsync<Exception>(() => Db.Events.AppendAsync(local, Token));

        Assert.Empty(await Db.Events.ReadAfterAsync(0, cancellationToken: Token));
    }

    public sealed class OnSqlite() : EventLogTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : EventLogTests(TestDatabaseKind.Postgres);
}
