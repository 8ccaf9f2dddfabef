using System.Threading.Channels;
using McodeBench.Engine.Persistence.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace McodeBench.Engine.Orchestration;

/// <summary>
/// Where the engine's events go: log lines are stored in the event log in batches (none is lost) and then fanned out,
/// with their ids, to live subscribers; progress snapshots go to subscribers only. Each subscriber has a bounded
/// buffer that drops its oldest events when full, so a slow page or console can never hold the engine back.
/// </summary>
public sealed partial class EngineEventHub : IAsyncDisposable
{
    private const int StoreBatchSize = 512;

    private readonly EventLogRepository log;
    private readonly EventLevel storedLevel;
    private readonly TimeProvider clock;
    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private readonly List<HubSubscription> subscribers = [];
    private readonly Task pump;
    private readonly ILogger logger;
    private long published;
    private long dropped;

    /// <param name="logger">Warnings and errors also go here (the log file), with their run and task.</param>
    public EngineEventHub(EventLogRepository log, EventLevel storedLevel = EventLevel.Info, TimeProvider? clock = null, ILogger? logger = null)
    {
        this.logger = logger ?? NullLogger.Instance;
        this.log = log ?? throw new ArgumentNullException(nameof(log));
        this.storedLevel = storedLevel;
        this.clock = clock ?? TimeProvider.System;
        pump = Task.Run(PumpAsync);
    }

    public long Published => Interlocked.Read(ref published);

    public long Dropped => Interlocked.Read(ref dropped);

    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    /// <summary>Queues a log line; it is stored (when at or above the stored level) and then sent to subscribers.</summary>
    public void Publish(NewEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Interlocked.Increment(ref published);
        if (entry.Level >= EventLevel.Warning)
        {
            LogProblem(logger, entry);
        }

        var stamped = entry.TimeUtc is null ? entry with { TimeUtc = clock.GetUtcNow().UtcDateTime } : entry;
        if (!pending.Writer.TryWrite(new Pending(stamped, null)))
        {
            // The hub is closing: the line can no longer be stored, but subscribers still alive may see it.
            Fanout(new LogEngineEvent(Unstored(stamped)));
        }
    }

    public void Publish(EventLevel level, string message, string? runId = null, string? taskId = null, IReadOnlyDictionary<string, string>? properties = null) =>
        Publish(new NewEvent(level, message, runId, taskId, properties));

    /// <summary>
    /// Sends a progress snapshot to subscribers (progress is recomputed from the database, so it is not stored). It
    /// travels behind the log lines published before it, so "run finished" is read before the final progress.
    /// </summary>
    public void PublishProgress(RunProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!pending.Writer.TryWrite(new Pending(null, progress)))
        {
            Fanout(new ProgressEngineEvent(progress));
        }
    }

    public EngineEventSubscription Subscribe(EngineEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(filter.BufferSize);
        var subscription = new HubSubscription(this, filter);
        lock (gate)
        {
            subscribers.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Stores what is queued, then completes every subscription.</summary>
    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        await pump.ConfigureAwait(false);
        HubSubscription[] all;
        lock (gate)
        {
            all = [.. subscribers];
            subscribers.Clear();
        }

        foreach (var subscription in all)
        {
            subscription.Complete();
        }
    }

    private static StoredEvent Unstored(NewEvent entry) =>
        new(0, entry.TimeUtc ?? DateTime.UtcNow, entry.Level, entry.Message, entry.RunId, entry.TaskId, entry.Properties ?? new Dictionary<string, string>());

    private async Task PumpAsync()
    {
        var batch = new List<Pending>(StoreBatchSize);
        while (await pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < StoreBatchSize && pending.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            var toStore = batch.Select(p => p.Log).OfType<NewEvent>().Where(e => e.Level >= storedLevel).ToList();
            IReadOnlyList<StoredEvent> stored = [];
            try
            {
                stored = toStore.Count == 0 ? [] : await log.AppendAndReadBackAsync(toStore).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The event log must not take the engine down; the lines still reach live subscribers.
            catch (Exception)
#pragma warning restore CA1031
            {
                stored = toStore.Select(Unstored).ToList();
            }

            var next = 0;
            foreach (var item in batch)
            {
                if (item.Progress is { } progress)
                {
                    Fanout(new ProgressEngineEvent(progress));
                }
                else if (item.Log is { } entry)
                {
                    Fanout(new LogEngineEvent(entry.Level >= storedLevel ? stored[next++] : Unstored(entry)));
                }
            }

            batch.Clear();
        }
    }

    private void Fanout(EngineEvent engineEvent)
    {
        lock (gate)
        {
            foreach (var subscription in subscribers)
            {
                subscription.Offer(engineEvent);
            }
        }
    }

    private void Remove(HubSubscription subscription)
    {
        lock (gate)
        {
            subscribers.Remove(subscription);
        }
    }

    /// <summary>Names only what the event belongs to: an engine-wide event has no run, a run's event no task (never "Run null task null").</summary>
    private static void LogProblem(ILogger logger, NewEvent entry)
    {
        var level = entry.Level == EventLevel.Error ? LogLevel.Error : LogLevel.Warning;
        switch (entry)
        {
            case { RunId: { } runId, TaskId: { } taskId }:
                TaskProblem(logger, level, runId, taskId, entry.Message);
                break;
            case { RunId: { } runId }:
                RunProblem(logger, level, runId, entry.Message);
                break;
            case { TaskId: { } taskId }:
                TaskOnlyProblem(logger, level, taskId, entry.Message);
                break;
            default:
                EngineProblem(logger, level, entry.Message);
                break;
        }
    }

    [LoggerMessage(EventId = 3010, Message = "Run {RunId} task {TaskId}: {Message}")]
    private static partial void TaskProblem(ILogger logger, LogLevel level, string runId, string taskId, string message);

    [LoggerMessage(EventId = 3011, Message = "Run {RunId}: {Message}")]
    private static partial void RunProblem(ILogger logger, LogLevel level, string runId, string message);

    [LoggerMessage(EventId = 3013, Message = "Task {TaskId}: {Message}")]
    private static partial void TaskOnlyProblem(ILogger logger, LogLevel level, string taskId, string message);

    [LoggerMessage(EventId = 3012, Message = "Engine: {Message}")]
    private static partial void EngineProblem(ILogger logger, LogLevel level, string message);

    /// <summary>A log line or a progress snapshot waiting its turn.</summary>
    private sealed record Pending(NewEvent? Log, RunProgress? Progress);

    private sealed class HubSubscription : EngineEventSubscription
    {
        private readonly EngineEventHub hub;
        private readonly EngineEventFilter filter;
        private readonly Channel<EngineEvent> channel;
        private long lost;

        public HubSubscription(EngineEventHub hub, EngineEventFilter filter)
        {
            this.hub = hub;
            this.filter = filter;
            channel = Channel.CreateBounded<EngineEvent>(
                new BoundedChannelOptions(filter.BufferSize) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true },
                _ =>
                {
                    Interlocked.Increment(ref lost);
                    Interlocked.Increment(ref hub.dropped);
                });
        }

        public override ChannelReader<EngineEvent> Reader => channel.Reader;

        public override long Dropped => Interlocked.Read(ref lost);

        public void Offer(EngineEvent engineEvent)
        {
            if (Wants(engineEvent))
            {
                channel.Writer.TryWrite(engineEvent);
            }
        }

        public void Complete() => channel.Writer.TryComplete();

        protected override void Dispose(bool disposing)
        {
            hub.Remove(this);
            Complete();
        }

        private bool Wants(EngineEvent engineEvent) => engineEvent switch
        {
            ProgressEngineEvent progress => filter.IncludeProgress && filter.TaskId is null
                && (filter.RunId is null || string.Equals(filter.RunId, progress.Progress.RunId, StringComparison.Ordinal)),
            LogEngineEvent log => log.Entry.Level >= filter.MinimumLevel
                && (filter.RunId is null || string.Equals(filter.RunId, log.Entry.RunId, StringComparison.Ordinal))
                && (filter.TaskId is null || string.Equals(filter.TaskId, log.Entry.TaskId, StringComparison.Ordinal)),
            _ => false,
        };
    }
}
