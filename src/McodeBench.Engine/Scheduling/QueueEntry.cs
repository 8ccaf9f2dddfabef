namespace McodeBench.Engine.Scheduling;

/// <summary>A queued item and its enqueue sequence, the FIFO key within a priority.</summary>
internal sealed class QueueEntry(ScheduledItem item, long sequence)
{
    public static IComparer<QueueEntry> BySequence { get; } = Comparer<QueueEntry>.Create((a, b) => a.Sequence.CompareTo(b.Sequence));

    public ScheduledItem Item { get; } = item;

    public long Sequence { get; } = sequence;

    public LaneKey Lane => new(Item.RunId, Item.ModelKey, Item.Priority);
}
