namespace McodeBench.Web.Pages.SystemStatus;

/// <summary>The last <c>capacity</c> items added, oldest first; safe to add from one thread while others read.</summary>
public sealed class SampleRing<T>
{
    private readonly T[] items;
    private readonly Lock gate = new();
    private int next;
    private int count;

    public SampleRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        items = new T[capacity];
    }

    public int Capacity => items.Length;

    public void Add(T item)
    {
        lock (gate)
        {
            items[next] = item;
            next = (next + 1) % items.Length;
            count = Math.Min(count + 1, items.Length);
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            var result = new T[count];
            var start = (next - count + items.Length) % items.Length;
            for (var i = 0; i < count; i++)
            {
                result[i] = items[(start + i) % items.Length];
            }

            return result;
        }
    }
}
