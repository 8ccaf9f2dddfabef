using System.Diagnostics;
using McodeBench.Engine.Orchestration;

namespace McodeBench.Web.Pages.SystemStatus;

/// <summary>
/// Samples the process and the engine every two seconds into a bounded ring (the last ten minutes), so the System
/// page can draw short time series without keeping anything per visitor. One per process (a singleton).
/// </summary>
public sealed class ProcessSampler(IBenchmarkEngine engine, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public const int Capacity = 300;

    private TimeSpan? lastCpu;
    private long lastTimestamp;

    public SampleRing<ProcessSample> Samples { get; } = new(Capacity);

    /// <summary>Takes one sample now and keeps it.</summary>
    public ProcessSample Sample()
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var timestamp = clock.GetTimestamp();
        double? cpuPercent = null;
        if (lastCpu is { } previous)
        {
            var wall = clock.GetElapsedTime(lastTimestamp, timestamp);
            if (wall > TimeSpan.Zero)
            {
                cpuPercent = Math.Clamp((cpu - previous) / wall / Environment.ProcessorCount * 100, 0, 100);
            }
        }

        (lastCpu, lastTimestamp) = (cpu, timestamp);
        var gc = GC.GetGCMemoryInfo();
        var statistics = engine.GetStatistics();
        var sample = new ProcessSample(
            clock.GetUtcNow().UtcDateTime,
            cpuPercent,
            process.WorkingSet64,
            GC.GetTotalMemory(forceFullCollection: false),
            gc.TotalCommittedBytes,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            gc.PauseTimePercentage,
            process.Threads.Count,
            ThreadPool.ThreadCount,
            ThreadPool.PendingWorkItemCount,
            statistics.Scheduler.InFlight,
            statistics.Scheduler.Queued,
            statistics.Scheduler.Models.Sum(m => m.RateLimitReports),
            statistics.TasksFinished.Values.Sum());
        Samples.Add(sample);
        return sample;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            Sample();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
