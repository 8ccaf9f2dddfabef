namespace McodeBench.Bench.Measuring;

/// <summary>The harness process at one moment.</summary>
/// <param name="GcHeapBytes">Managed heap after the last GC (<c>GCMemoryInfo.HeapSizeBytes</c>).</param>
/// <param name="Progress">Tasks of the run finished so far, when the sampler was given a way to count them.</param>
internal sealed record ResourceSample(TimeSpan Elapsed, long WorkingSetBytes, long GcHeapBytes, long GcCommittedBytes, TimeSpan CpuTime, int? Progress);
