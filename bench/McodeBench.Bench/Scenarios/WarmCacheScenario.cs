using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Target 4: a rerun of 10,000 tasks whose answers are all in the database response cache takes &lt; 5 s and sends
/// no HTTP request. The rerun is a new run of the same spec: same trials, prompts, model endpoint and repeat indexes,
/// hence the same cache keys (the key includes the repeat index, which also seeds the simulated model's requests).
/// </summary>
internal sealed class WarmCacheScenario : IBenchScenario
{
    public string Name => "warmcache";

    public string Summary => "10,000 tasks run once (cold), then rerun from the database response cache (warm)";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var rig = await BenchRig.StartAsync(settings, SimulatorSettings.Instant, concurrency: 32, logEveryTask: false, requestsPerMinute: null, cancellationToken);
        var spec = rig.Spec("bench-warmcache", settings.Tasks ?? 10_000);
        var cold = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromMilliseconds(250), cancellationToken);
        var warm = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromMilliseconds(100), cancellationToken);
        Figure[] figures =
        [
            new("warm wall time", warm.Outcome.Wall.TotalSeconds, "s", 5, HigherIsBetter: false),
            new("warm HTTP requests", warm.Http.Requests, "requests", 0, HigherIsBetter: false),
            new("warm cache hits", warm.CacheHits, "calls"),
            new("warm cache misses", warm.CacheMisses, "calls"),
            new("warm throughput", warm.TasksPerSecond, "tasks/s"),
            new("warm admission (expand + store tasks)", warm.Outcome.Admission.TotalSeconds, "s"),
            new("warm engine-process CPU", warm.EngineCpuMsPerTask, "ms/task"),
            new("warm failed tasks", warm.Failed, "tasks", 0, HigherIsBetter: false),
            new("cold wall time", cold.Outcome.Wall.TotalSeconds, "s"),
            new("cold HTTP requests", cold.Http.Requests, "requests"),
        ];
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), figures, [], null);
    }
}
