using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace McodeBench.Engine.Persistence.Writing;

/// <summary>
/// The one writer of a process. Every write goes through this queue; a single loop takes whatever is waiting (up to
/// <see cref="DatabaseOptions.WriteBatchSize"/>) and commits it in one transaction, so thousands of small writes
/// per second cost a handful of commits, and SQLite (one writer per file) never sees two writers of ours compete.
/// <list type="bullet">
/// <item>Order: writes run in the order they were queued, each seeing the ones before it.</item>
/// <item>Isolation: a write's result is handed back only after its batch committed. When a batch fails, its writes
/// are run again one per transaction, so only the write at fault fails.</item>
/// <item>Cancellation: a caller's token withdraws a write not yet started; a started write finishes.</item>
/// <item>Backpressure: at <see cref="DatabaseOptions.WriteQueueCapacity"/> queued writes, callers wait.</item>
/// </list>
/// Reads do not come here: they use their own contexts (WAL lets them run beside the writer).
/// </summary>
public sealed partial class BatchedDatabaseWriter : IAsyncDisposable
{
    private readonly BenchDbContextFactory contexts;
    private readonly ILogger logger;
    private readonly int batchSize;
    private readonly Channel<WriteItem> channel;
    private readonly Task loop;
    private long batches;
    private long writes;
    private long failedWrites;

    public BatchedDatabaseWriter(BenchDbContextFactory contexts, ILogger<BatchedDatabaseWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        this.contexts = contexts;
        this.logger = logger ?? NullLogger<BatchedDatabaseWriter>.Instance;
        batchSize = Math.Max(1, contexts.Options.WriteBatchSize);
        channel = Channel.CreateBounded<WriteItem>(new BoundedChannelOptions(Math.Max(1, contexts.Options.WriteQueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        loop = Task.Run(RunAsync);
    }

    public WriterStatistics Statistics => new(Interlocked.Read(ref batches), Interlocked.Read(ref writes), Interlocked.Read(ref failedWrites));

    /// <summary>
    /// Queues a write and waits until it is committed. The delegate adds or changes entities on the context it is
    /// given (pending changes are saved after it returns) or saves itself; it must not begin or commit transactions.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<BenchDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new WriteItemOf<T>(write ?? throw new ArgumentNullException(nameof(write)), exclusive: false, cancellationToken), cancellationToken);

    /// <summary>Like <see cref="WriteAsync{T}"/>, in a transaction of its own: for long bulk writes such as creating a run.</summary>
    public Task<T> WriteAloneAsync<T>(Func<BenchDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new WriteItemOf<T>(write ?? throw new ArgumentNullException(nameof(write)), exclusive: true, cancellationToken), cancellationToken);

    /// <summary>Stops taking writes and waits until every queued write is committed.</summary>
    public async ValueTask DisposeAsync()
    {
        channel.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private async Task<T> EnqueueAsync<T>(WriteItemOf<T> item, CancellationToken cancellationToken)
    {
        try
        {
            await channel.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException exception)
        {
            throw new ObjectDisposedException("The database writer is closed; the engine is shutting down.", exception);
        }

        return await item.Completion.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = channel.Reader;
        var batch = new List<WriteItem>(batchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < batchSize && reader.TryPeek(out var next))
            {
                if (next.Exclusive && batch.Count > 0)
                {
                    break;
                }

                reader.TryRead(out _);
                batch.Add(next);
                if (next.Exclusive)
                {
                    break;
                }
            }

            await ExecuteAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(List<WriteItem> batch)
    {
        var live = batch.Where(item => !item.WithdrawIfCancelled()).ToList();
        if (live.Count == 0)
        {
            return;
        }

        try
        {
            await CommitAsync(live).ConfigureAwait(false);
            Published(live);
            return;
        }
        catch (Exception exception) when (live.Count > 1)
        {
            LogBatchFailed(logger, live.Count, exception);
        }
        catch (Exception exception)
        {
            Failed(live[0], exception);
            return;
        }

        foreach (var item in live)
        {
            try
            {
                await CommitAsync([item]).ConfigureAwait(false);
                Published([item]);
            }
            catch (Exception exception)
            {
                Failed(item, exception);
            }
        }
    }

    private async Task CommitAsync(List<WriteItem> items)
    {
        var context = contexts.Create();
        await using (context.ConfigureAwait(false))
        {
            // The batch is one transaction; a savepoint around every SaveChanges in it would double the statements.
            // A write that fails fails its batch, which is then retried one write per transaction.
            context.Database.AutoSavepointsEnabled = false;
            var transaction = await context.Database.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var item in items)
                {
                    await item.ExecuteAsync(context, CancellationToken.None).ConfigureAwait(false);
                    if (context.ChangeTracker.HasChanges())
                    {
                        await context.SaveChangesAsync().ConfigureAwait(false);
                    }

                    context.ChangeTracker.Clear();
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
    }

    private void Published(List<WriteItem> items)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref writes, items.Count);
        foreach (var item in items)
        {
            item.Publish();
        }
    }

    private void Failed(WriteItem item, Exception exception)
    {
        Interlocked.Increment(ref failedWrites);
        LogWriteFailed(logger, exception);
        item.Fail(exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} database writes failed; retrying them one by one so only the faulty write fails.")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A database write failed.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
