using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Web.Components.Log;

/// <summary>
/// The lines a log view holds: at most <see cref="Capacity"/>, the oldest dropped first, each stored event once (the
/// backlog read from the database and the live feed overlap; ids tell them apart). Thread-safe: the live feed adds
/// lines while the page renders them.
/// </summary>
public sealed class LogBuffer
{
    private readonly LinkedList<StoredEvent> lines = new();

    // Each held line's render key, by reference: lines never stored all have id 0 and may be equal as records, yet
    // each must keep its own element when the oldest lines drop out (see KeyOf).
    private readonly Dictionary<StoredEvent, long> keys = new(ReferenceEqualityComparer.Instance);
    private readonly Lock gate = new();
    private long lastStoredId;
    private long nextKey;

    public LogBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Lines dropped because the buffer was full.</summary>
    public long Dropped { get; private set; }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return lines.Count;
            }
        }
    }

    /// <summary>Adds a line; false when it is a stored event already seen. Lines never stored (id 0) are always added.</summary>
    public bool Add(StoredEvent line)
    {
        ArgumentNullException.ThrowIfNull(line);
        lock (gate)
        {
            if (line.Id > 0)
            {
                if (line.Id <= lastStoredId)
                {
                    return false;
                }

                lastStoredId = line.Id;
            }

            if (!keys.TryAdd(line, ++nextKey))
            {
                // The very same line object again (never stored, so not caught by id): it is already shown.
                return false;
            }

            lines.AddLast(line);
            while (lines.Count > Capacity)
            {
                keys.Remove(lines.First!.Value);
                lines.RemoveFirst();
                Dropped++;
            }

            return true;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            lines.Clear();
            keys.Clear();
        }
    }

    /// <summary>
    /// A key unique to one held line for as long as it is held, for <c>@key</c>: with it a batch of new lines appends
    /// elements and drops the oldest, instead of rewriting the text of every row when the window slides (which
    /// froze the browser for seconds at 200 lines/s with 2,000 rows; docs/performance.md, "Web tracker").
    /// </summary>
    public long KeyOf(StoredEvent line)
    {
        ArgumentNullException.ThrowIfNull(line);
        lock (gate)
        {
            return keys.TryGetValue(line, out var key) ? key : 0;
        }
    }

    /// <summary>A copy of the lines, oldest first, that pass <paramref name="filter"/>.</summary>
    public IReadOnlyList<StoredEvent> Snapshot(LogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (gate)
        {
            return lines.Where(filter.Matches).ToList();
        }
    }
}
