using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>Target 1: zero latency, ≥ 1,000 tasks/s sustained over 10,000 tasks on SQLite, peak memory &lt; 400 MB.</summary>
internal sealed class ThroughputScenario : IBenchScenario
{
    public string Name => "throughput";

    public string Summary => "zero-latency simulator, 10,000 tasks: tasks/s and peak memory";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var rig = await BenchRig.StartAsync(settings, SimulatorSettings.Instant, concurrency: 32, logEveryTask: false, requestsPerMinute: null, cancellationToken);
        var spec = rig.Spec("bench-throughput", settings.Tasks ?? 10_000);
        var run = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromMilliseconds(100), cancellationToken);
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), Figures(run), [], null);
    }

    public static IReadOnlyList<Figure> Figures(MeasuredRun run) =>
    [
        new("throughput", run.TasksPerSecond, "tasks/s", 1_000),
        new("wall time", run.Outcome.Wall.TotalSeconds, "s"),
        new("admission (expand + store tasks)", run.Outcome.Admission.TotalSeconds, "s"),
        new("peak working set", run.PeakWorkingSetMb, "MB", 400, HigherIsBetter: false),
        new("peak GC heap", run.PeakGcHeapMb, "MB"),
        new("engine-process CPU", run.EngineCpuMsPerTask, "ms/task"),
        new("simulator-process CPU", run.SimulatorCpuMsPerTask, "ms/task"),
        new("HTTP requests", run.Http.Requests, "requests"),
        new("failed tasks", run.Failed, "tasks", 0, HigherIsBetter: false),
    ];
}
