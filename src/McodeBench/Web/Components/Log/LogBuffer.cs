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
    private readonly Lock gate = new();
    private long lastStoredId;

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

            lines.AddLast(line);
            while (lines.Count > Capacity)
            {
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
