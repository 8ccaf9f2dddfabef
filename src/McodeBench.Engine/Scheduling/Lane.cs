namespace McodeBench.Engine.Scheduling;

/// <summary>
/// The FIFO of one <see cref="LaneKey"/>, ordered by enqueue sequence. <see cref="Head"/> is cached because it is the
/// lane's sort key in the scheduler's per-priority set: the scheduler takes the lane out of that set before any change
/// and puts it back after, so the set never holds a lane whose key moved.
/// </summary>
internal sealed class Lane(LaneKey key, int id)
{
    public static IComparer<Lane> ByHead { get; } = Comparer<Lane>.Create((a, b) =>
        a.Head != b.Head ? a.Head.CompareTo(b.Head) : a.Id.CompareTo(b.Id));

    private readonly SortedSet<QueueEntry> entries = new(QueueEntry.BySequence);

    public LaneKey Key { get; } = key;

    public int Id { get; } = id;

    public int Count => entries.Count;

    /// <summary>Sequence of the oldest entry; meaningless while the lane is empty.</summary>
    public long Head { get; private set; }

    public void Add(QueueEntry entry)
    {
        entries.Add(entry);
        Head = entries.Min!.Sequence;
    }

    public void Remove(QueueEntry entry)
    {
        entries.Remove(entry);
        Head = entries.Count > 0 ? entries.Min!.Sequence : 0;
    }

    public QueueEntry PeekHead() => entries.Min ?? throw new InvalidOperationException($"Lane {Key} is empty.");
}
