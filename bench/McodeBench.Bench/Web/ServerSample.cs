namespace McodeBench.Bench.Web;

/// <summary>
/// The tracker's process at one moment of a soak. The working set and <see cref="GcHeapBytes"/> are read first, as
/// the process left them; then a full compacting GC is forced to read <see cref="LiveHeapBytes"/>, what is really
/// reachable. Only the second tells a leak from garbage the GC has not yet chosen to collect.
/// </summary>
/// <param name="GcHeapBytes">Managed heap after the last GC the runtime chose to run (<c>GCMemoryInfo.HeapSizeBytes</c>).</param>
/// <param name="LiveHeapBytes">Managed heap right after a forced full, blocking, compacting GC.</param>
/// <param name="CacheFrontBytes">What the response cache's memory front holds, counted as against its bound.</param>
internal sealed record ServerSample(TimeSpan Elapsed, long WorkingSetBytes, long GcHeapBytes, long LiveHeapBytes, long CacheFrontBytes, int Gen2Collections, TimeSpan CpuTime, int TasksDone)
{
    public double WorkingSetMb => WorkingSetBytes / 1048576d;

    public double GcHeapMb => GcHeapBytes / 1048576d;

    public double LiveHeapMb => LiveHeapBytes / 1048576d;

    public double CacheFrontMb => CacheFrontBytes / 1048576d;

    /// <summary>The live heap without the response cache's front: what must stay flat once the run is under way.</summary>
    public double LiveHeapBesidesCacheMb => (LiveHeapBytes - CacheFrontBytes) / 1048576d;
}
