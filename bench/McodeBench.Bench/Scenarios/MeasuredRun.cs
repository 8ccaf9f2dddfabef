using McodeBench.Bench.Measuring;
using McodeBench.Bench.Sessions;
using McodeBench.Bench.Simulation;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Simulator;

namespace McodeBench.Bench.Scenarios;

/// <summary>One run through the engine with everything the scenarios report about it.</summary>
/// <param name="Http">What the simulator saw during the run (counters after minus before).</param>
internal sealed record MeasuredRun(
    RunOutcome Outcome,
    SimulatorCounters Http,
    TimeSpan EngineCpu,
    TimeSpan SimulatorCpu,
    IReadOnlyList<ResourceSample> Samples,
    long CacheHits,
    long CacheMisses)
{
    public double TasksPerSecond => Outcome.Tasks / Outcome.Wall.TotalSeconds;

    public int Failed => Outcome.Count(TrackedTaskStatus.Failed);

    public double EngineCpuMsPerTask => EngineCpu.TotalMilliseconds / Outcome.Tasks;

    public double SimulatorCpuMsPerTask => SimulatorCpu.TotalMilliseconds / Outcome.Tasks;

    public double PeakWorkingSetMb => Samples.Max(s => s.WorkingSetBytes) / 1048576d;

    public double PeakGcHeapMb => Samples.Max(s => s.GcHeapBytes) / 1048576d;

    public static async Task<MeasuredRun> ExecuteAsync(SimulatorChild simulator, EngineSession session, RunSpec spec, TimeSpan sampleEvery, CancellationToken cancellationToken)
    {
        var before = await simulator.CountersAsync(cancellationToken);
        var cacheBefore = await session.Cache.GetStatsAsync(cancellationToken);
        var finishedBefore = session.Finished;
        var cpu = new CpuMeter(simulator);
        var sampler = new ResourceSampler(sampleEvery, () => session.Finished - finishedBefore);
        RunOutcome outcome;
        try
        {
            // Generous: a 100,000-task memory run on a loaded two-core machine takes most of an hour.
            outcome = await session.RunAsync(spec, TimeSpan.FromMinutes(120), cancellationToken);
        }
        finally
        {
            await sampler.DisposeAsync();
        }

        var used = cpu.Read();
        var after = await simulator.CountersAsync(cancellationToken);
        var cacheAfter = await session.Cache.GetStatsAsync(cancellationToken);
        return new MeasuredRun(
            outcome,
            new SimulatorCounters(
                after.Requests - before.Requests,
                after.RateLimited - before.RateLimited,
                after.ServerErrors - before.ServerErrors,
                after.Timeouts - before.Timeouts,
                after.Malformed - before.Malformed,
                after.Truncated - before.Truncated,
                after.Completed - before.Completed),
            used.Engine,
            used.Simulator,
            sampler.Samples,
            cacheAfter.Hits - cacheBefore.Hits,
            cacheAfter.Misses - cacheBefore.Misses);
    }
}
