using System.Diagnostics;

namespace McodeBench.Bench.Measuring;

/// <summary>
/// Samples this process's working set, GC heap and CPU time on a timer until disposed, so peaks and the shape of
/// memory over a long run can be reported (a single end-of-run figure hides both).
/// </summary>
internal sealed class ResourceSampler : IAsyncDisposable
{
    private readonly List<ResourceSample> samples = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stop = new();
    private readonly Func<int?> progress;
    private readonly Task loop;

    public ResourceSampler(TimeSpan interval, Func<int?>? progress = null)
    {
        this.progress = progress ?? (() => null);
        Take();
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    Take();
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed.
            }
        });
    }

    public IReadOnlyList<ResourceSample> Samples
    {
        get
        {
            lock (samples)
            {
                return samples.ToList();
            }
        }
    }

    public long PeakWorkingSetBytes => Samples.Max(s => s.WorkingSetBytes);

    public long PeakGcHeapBytes => Samples.Max(s => s.GcHeapBytes);

    public static ResourceSample Now(TimeSpan elapsed, int? progress = null)
    {
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new ResourceSample(elapsed, process.WorkingSet64, gc.HeapSizeBytes, gc.TotalCommittedBytes, process.TotalProcessorTime, progress);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        Take();
        stop.Dispose();
    }

    private void Take()
    {
        var sample = Now(clock.Elapsed, progress());
        lock (samples)
        {
            samples.Add(sample);
        }
    }
}
