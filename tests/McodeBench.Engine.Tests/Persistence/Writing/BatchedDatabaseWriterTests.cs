using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Writing;

public abstract class BatchedDatabaseWriterTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private Task<int> AddEventAsync(string message, CancellationToken cancellationToken = default) =>
        Db.Writer.WriteAsync(
            (context, _) =>
            {
                context.Events.Add(new EventRow { Message = message, Level = EventLevel.Info, TimeUtc = Now });
                return Task.FromResult(1);
            },
            cancellationToken);

    /// <summary>Holds the writer inside a write until released, so the writes queued meanwhile form one batch.</summary>
    private async Task<(Task Held, TaskCompletionSource Release)> HoldWriterAsync()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Db.Writer.WriteAsync(
            async (_, _) =>
            {
                entered.SetResult();
                await release.Task;
                return 0;
            },
            Token);
        await entered.Task;
        return (held, release);
    }

    [Fact]
    public async Task ManyWritesShareFewTransactionsAndKeepTheirOrder()
    {
        var before = Db.Writer.Statistics;
        var (held, release) = await HoldWriterAsync();
        var writes = Enumerable.Range(0, 2_000).Select(i => AddEventAsync($"{i:D4}", Token)).ToList();
        release.SetResult();
        await held;
        await Task.WhenAll(writes);

        var after = Db.Writer.Statistics;
        var events = await Db.Events.ReadAfterAsync(0, limit: 5_000, cancellationToken: Token);

        Assert.Equal(2_001, after.Writes - before.Writes);
        Assert.InRange(after.Batches - before.Batches, 2, 2_000 / Db.Options.WriteBatchSize + 2);
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"{i:D4}"), events.Select(e => e.Message));
    }

    [Fact]
    public async Task AFailingWriteFailsAloneAndItsNeighboursAreCommitted()
    {
        var (held, release) = await HoldWriterAsync();
        var before = AddEventAsync("before", Token);
        var original = Db.Writer.WriteAsync(
            (context, _) =>
            {
                context.Runs.Add(new RunRow { Id = "dup", Name = "a", SpecJson = "{}", LibraryVersionsJson = "{}", CreatedUtc = Now });
                context.Runs.Add(new RunRow { Id = "dup-2", Name = "b", SpecJson = "{}", LibraryVersionsJson = "{}", CreatedUtc = Now });
                return Task.FromResult(0);
            },
            Token);
        var duplicate = Db.Writer.WriteAsync(
            async (context, token) =>
            {
                // The same run id again: the primary key refuses it, in the same batch as the original.
                context.Runs.Add(new RunRow { Id = "dup", Name = "c", SpecJson = "{}", LibraryVersionsJson = "{}", CreatedUtc = Now });
                await context.SaveChangesAsync(token);
                return 0;
            },
            Token);
        var after = AddEventAsync("after", Token);
        var failuresBefore = Db.Writer.Statistics.FailedWrites;
        release.SetResult();
        await held;

        await before;
        await original;
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
        await after;

        Assert.Equal(["before", "after"], (await Db.Events.ReadAfterAsync(0, cancellationToken: Token)).Select(e => e.Message));
        await using var context = Db.Contexts.Create();
        Assert.Equal(["a", "b"], await context.Runs.OrderBy(r => r.Id).Select(r => r.Name).ToListAsync(Token));
        Assert.Equal(failuresBefore + 1, Db.Writer.Statistics.FailedWrites);
    }

    [Fact]
    public async Task AWriteWhoseCallerGaveUpBeforeItStartedIsWithdrawn()
    {
        var (held, release) = await HoldWriterAsync();
        using var cancellation = new CancellationTokenSource();
        var withdrawn = AddEventAsync("withdrawn", cancellation.Token);
        var kept = AddEventAsync("kept", Token);

        await cancellation.CancelAsync();
        release.SetResult();
        await held;
        await kept;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withdrawn);
        Assert.Equal(["kept"], (await Db.Events.ReadAfterAsync(0, cancellationToken: Token)).Select(e => e.Message));
    }

    [Fact]
    public async Task DisposingCommitsEveryQueuedWriteAndRefusesNewOnes()
    {
        var writes = Enumerable.Range(0, 300).Select(i => AddEventAsync($"{i}", Token)).ToList();

        await Db.DisposeAsync();

        // Counted before the callers have even seen their results: disposing waited for the commits.
        await using (var context = Db.Contexts.Create())
        {
            Assert.Equal(300, await context.Events.CountAsync(Token));
        }

        await Task.WhenAll(writes);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => AddEventAsync("late", Token));
    }

    public sealed class OnSqlite() : BatchedDatabaseWriterTests(TestDatabaseKind.Sqlite)
    {
        [Fact]
        public async Task TwoWritersOnOneFileWaitForEachOtherInsteadOfFailing()
        {
            // A second process (say `mcodebench cancel` while a run goes on) has a writer of its own.
            await using var second = await Database.OpenAsync(Clock, "second", Token);

            var writes = Enumerable.Range(0, 400)
                .Select(i => (i % 2 == 0 ? Db : second).Events.AppendAsync(new NewEvent(EventLevel.Info, $"{i}"), Token))
                .ToList();
            await Task.WhenAll(writes);

            Assert.Equal(400, (await Db.Events.ReadAfterAsync(0, limit: 1_000, cancellationToken: Token)).Select(e => e.Message).Distinct().Count());
        }
    }

    public sealed class OnPostgres() : BatchedDatabaseWriterTests(TestDatabaseKind.Postgres);
}
