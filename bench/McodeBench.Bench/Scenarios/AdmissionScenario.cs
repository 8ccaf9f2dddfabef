using McodeBench.Bench.Measuring;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Starting a large run: <c>StartRunAsync</c> for 100,000 tasks (expand, store every task, queue them) on SQLite.
/// Concurrency 1, and the session is disposed right after, so the tasks that start meanwhile barely count; only admission is timed.
/// </summary>
internal sealed class AdmissionScenario : IBenchScenario
{
    public string Name => "admission";

    public string Summary => "StartRunAsync for 100,000 tasks: wall and CPU time, memory while storing";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var rig = await BenchRig.StartAsync(settings, SimulatorSettings.Instant, concurrency: 1, logEveryTask: false, requestsPerMinute: null, cancellationToken);
        var spec = rig.Spec("bench-admission", settings.Tasks ?? 100_000);
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var cpu = new CpuMeter(null);
        var sampler = new ResourceSampler(TimeSpan.FromMilliseconds(100));
        var started = await rig.Session.Engine.StartRunAsync(spec, cancellationToken);
        var used = cpu.Read();
        await sampler.DisposeAsync();
        Figure[] figures =
        [
            new("tasks admitted", started.TaskCount, "tasks"),
            new("admission wall time", used.Wall.TotalSeconds, "s", 10, HigherIsBetter: false),
            new("admission rate", started.TaskCount / used.Wall.TotalSeconds, "tasks/s"),
            new("engine-process CPU", used.Engine.TotalMilliseconds / started.TaskCount, "ms/task"),
            new("peak GC heap during admission", sampler.PeakGcHeapBytes / 1048576d, "MB"),
            new("GC heap before admission", heapBefore / 1048576d, "MB"),
            new("peak working set during admission", sampler.PeakWorkingSetBytes / 1048576d, "MB"),
        ];
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), figures, [], sampler.Samples);
    }
}
