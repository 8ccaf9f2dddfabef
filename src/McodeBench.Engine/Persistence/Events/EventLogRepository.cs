using McodeBench.Engine.Persistence.Sql;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Events;

/// <summary>
/// The persisted event log. Appends are batched by the writer like every other write; readers poll with the last id
/// they saw (<see cref="ReadAfterAsync"/>), so a reader that falls behind costs the engine nothing.
/// </summary>
public sealed class EventLogRepository(BenchDbContextFactory contexts, BatchedDatabaseWriter writer, TimeProvider? timeProvider = null)
{
    private readonly BenchDbContextFactory contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
    private readonly BatchedDatabaseWriter writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>Appends one event; returns its id.</summary>
    public Task<long> AppendAsync(NewEvent entry, CancellationToken cancellationToken = default)
    {
        var row = ToRow(entry ?? throw new ArgumentNullException(nameof(entry)));
        return writer.WriteAsync(
            async (context, token) =>
            {
                var copy = Copy(row);
                context.Events.Add(copy);
                await context.SaveChangesAsync(token).ConfigureAwait(false);
                return copy.Id;
            },
            cancellationToken);
    }

    /// <summary>Appends events in order; returns how many.</summary>
    public Task<int> AppendAsync(IEnumerable<NewEvent> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = entries.Select(ToRow).ToList();
        return writer.WriteAsync(
            (context, token) => RowCommands.InsertAsync(context, rows, token),
            cancellationToken);
    }

    /// <summary>
    /// Appends events in order, in one write, and returns them as stored (with their ids), so live subscribers and
    /// readers of the log see the same ids.
    /// </summary>
    public Task<IReadOnlyList<StoredEvent>> AppendAndReadBackAsync(IReadOnlyList<NewEvent> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = entries.Select(ToRow).ToList();
        return writer.WriteAsync<IReadOnlyList<StoredEvent>>(
            async (context, token) =>
            {
                var copies = rows.Select(Copy).ToList();
                context.Events.AddRange(copies);
                await context.SaveChangesAsync(token).ConfigureAwait(false);
                return copies.Select((row, index) => ToStored(row, entries[index].Properties)).ToList();
            },
            cancellationToken);
    }

    /// <summary>Events with an id above <paramref name="afterId"/>, oldest first: of one run when <paramref name="runId"/> is given, at <paramref name="minimumLevel"/> or above.</summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(long afterId, string? runId = null, int limit = 1_000, EventLevel minimumLevel = EventLevel.Debug, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var query = context.Events.AsNoTracking().Where(e => e.Id > afterId);
        if (runId is not null)
        {
            query = query.Where(e => e.RunId == runId);
        }

        if (minimumLevel > EventLevel.Debug)
        {
            var levels = Enum.GetValues<EventLevel>().Where(level => level >= minimumLevel).ToList();
            query = query.Where(e => levels.Contains(e.Level));
        }

        var rows = await query.OrderBy(e => e.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(row => ToStored(
            row,
            row.PropertiesJson is null
                ? null
                : PersistenceJson.Deserialize<Dictionary<string, string>>(row.PropertiesJson, $"properties of event {row.Id}"))).ToList();
    }

    /// <summary>
    /// The newest <paramref name="limit"/> events, oldest first: of one run and one task when given, at
    /// <paramref name="minimumLevel"/> or above. A log view shows these, then follows with <see cref="ReadAfterAsync"/>
    /// or live events from the last id.
    /// </summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadLatestAsync(int limit, string? runId = null, string? taskId = null, EventLevel minimumLevel = EventLevel.Debug, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var query = context.Events.AsNoTracking();
        if (runId is not null)
        {
            query = query.Where(e => e.RunId == runId);
        }

        if (taskId is not null)
        {
            query = query.Where(e => e.TaskId == taskId);
        }

        if (minimumLevel > EventLevel.Debug)
        {
            var levels = Enum.GetValues<EventLevel>().Where(level => level >= minimumLevel).ToList();
            query = query.Where(e => levels.Contains(e.Level));
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        rows.Reverse();
        return rows.Select(row => ToStored(
            row,
            row.PropertiesJson is null
                ? null
                : PersistenceJson.Deserialize<Dictionary<string, string>>(row.PropertiesJson, $"properties of event {row.Id}"))).ToList();
    }

    private static StoredEvent ToStored(EventRow row, IReadOnlyDictionary<string, string>? properties) =>
        new(row.Id, row.TimeUtc, row.Level, row.Message, row.RunId, row.TaskId, properties ?? new Dictionary<string, string>());

    private EventRow ToRow(NewEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.Message);
        return new EventRow
        {
            RunId = entry.RunId,
            TaskId = entry.TaskId,
            TimeUtc = entry.TimeUtc ?? clock.GetUtcNow().UtcDateTime,
            Level = entry.Level,

            // The one way text enters the event log: whatever a message quotes, no secret is stored.
            Message = Core.Pipelines.SecretScrubber.Scrub(entry.Message),
            PropertiesJson = entry.Properties is { Count: > 0 } properties ? PersistenceJson.Serialize(properties) : null,
        };
    }

    // A write may run twice (after a failed batch); each run adds fresh rows.
    private static EventRow Copy(EventRow row) => new()
    {
        RunId = row.RunId,
        TaskId = row.TaskId,
        TimeUtc = row.TimeUtc,
        Level = row.Level,
        Message = row.Message,
        PropertiesJson = row.PropertiesJson,
    };
}
