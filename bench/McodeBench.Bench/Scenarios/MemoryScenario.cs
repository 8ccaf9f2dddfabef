using System.Globalization;
using McodeBench.Bench.Measuring;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Target 5: one run of 100,000 tasks keeps memory flat. Working set and GC heap are sampled every second and
/// reported when 10 %, 50 % and 90 % of the tasks had finished, with the full series in the JSON results.
/// </summary>
internal sealed class MemoryScenario : IBenchScenario
{
    public string Name => "memory";

    public string Summary => "100,000 tasks in one run: working set and GC heap over time";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var rig = await BenchRig.StartAsync(settings, SimulatorSettings.Instant, concurrency: 32, logEveryTask: false, requestsPerMinute: null, cancellationToken);
        var spec = rig.Spec("bench-memory", settings.Tasks ?? 100_000);
        var run = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromSeconds(1), cancellationToken);
        var tasks = run.Outcome.Tasks;
        ResourceSample At(double fraction) => run.Samples.FirstOrDefault(s => s.Progress >= fraction * tasks) ?? run.Samples[^1];
        static double Mb(long bytes) => bytes / 1048576d;
        var early = At(0.1);
        var middle = At(0.5);
        var late = At(0.9);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var retained = ResourceSampler.Now(TimeSpan.Zero);
        Figure[] figures =
        [
            new("working set at 10 % done", Mb(early.WorkingSetBytes), "MB"),
            new("working set at 50 % done", Mb(middle.WorkingSetBytes), "MB"),
            new("working set at 90 % done", Mb(late.WorkingSetBytes), "MB"),
            new("working set growth 10 % → 90 %", Mb(late.WorkingSetBytes - early.WorkingSetBytes), "MB"),
            new("GC heap at 10 % done", Mb(early.GcHeapBytes), "MB"),
            new("GC heap at 50 % done", Mb(middle.GcHeapBytes), "MB"),
            new("GC heap at 90 % done", Mb(late.GcHeapBytes), "MB"),
            new("peak working set", run.PeakWorkingSetMb, "MB"),
            new("peak GC heap", run.PeakGcHeapMb, "MB"),
            new("GC heap after the run, full GC", Mb(retained.GcHeapBytes), "MB"),
            new("simulator-process working set at the end", Mb(rig.Simulator.WorkingSetBytes), "MB"),
            new("throughput", run.TasksPerSecond, "tasks/s"),
            new("wall time", run.Outcome.Wall.TotalSeconds, "s"),
            new("admission (expand + store tasks)", run.Outcome.Admission.TotalSeconds, "s"),
            new("failed tasks", run.Failed, "tasks", 0, HigherIsBetter: false),
        ];
        var series = Enumerable.Range(0, 11)
            .Select(i => At(i / 10d))
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Elapsed.TotalSeconds:0}s/{s.Progress:#,0}: {Mb(s.WorkingSetBytes):0}/{Mb(s.GcHeapBytes):0}"));
        string[] notes = ["Series (elapsed/tasks done: working set/GC heap MB): " + string.Join(", ", series)];
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), figures, notes, run.Samples);
    }
}
