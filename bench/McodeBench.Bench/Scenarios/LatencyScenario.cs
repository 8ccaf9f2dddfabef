using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>Target 2: 100 ms latency at concurrency 64: wall time within 10 % of calls × latency ÷ concurrency.</summary>
internal sealed class LatencyScenario : IBenchScenario
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    public string Name => "latency";

    public string Summary => "100 ms simulator latency, concurrency 64: wall time vs calls × latency ÷ concurrency";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var rig = await BenchRig.StartAsync(settings, new SimulatorSettings(Latency), concurrency: 64, logEveryTask: true, requestsPerMinute: null, cancellationToken);
        var spec = rig.Spec("bench-latency", settings.Tasks ?? 2_016);
        var run = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromMilliseconds(250), cancellationToken);
        var ideal = run.Http.Requests * Latency.TotalSeconds / rig.Concurrency;
        Figure[] figures =
        [
            new("wall ÷ ideal", run.Outcome.Wall.TotalSeconds / ideal, "×", 1.10, HigherIsBetter: false),
            new("wall time", run.Outcome.Wall.TotalSeconds, "s"),
            new("ideal (calls × latency ÷ concurrency)", ideal, "s"),
            new("wall ÷ ideal, admission excluded", (run.Outcome.Wall - run.Outcome.Admission).TotalSeconds / ideal, "×"),
            new("HTTP requests", run.Http.Requests, "requests"),
            new("throughput", run.TasksPerSecond, "tasks/s"),
            new("engine-process CPU", run.EngineCpuMsPerTask, "ms/task"),
            new("failed tasks", run.Failed, "tasks", 0, HigherIsBetter: false),
        ];
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), figures, [], null);
    }
}
