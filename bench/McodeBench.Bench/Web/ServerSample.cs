namespace McodeBench.Bench.Web;

/// <summary>The tracker's process at one moment of a soak: no GC is forced before a sample.</summary>
/// <param name="GcHeapBytes">Managed heap after the last GC (<c>GCMemoryInfo.HeapSizeBytes</c>).</param>
internal sealed record ServerSample(TimeSpan Elapsed, long WorkingSetBytes, long GcHeapBytes, int Gen2Collections, TimeSpan CpuTime, int TasksDone)
{
    public double WorkingSetMb => WorkingSetBytes / 1048576d;

    public double GcHeapMb => GcHeapBytes / 1048576d;
}
