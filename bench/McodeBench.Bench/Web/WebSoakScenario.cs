using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using McodeBench.Bench.Measuring;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Scenarios;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Web;

namespace McodeBench.Bench.Web;

/// <summary>
/// Issue 4: "memory of the server stays flat over a one-hour run". The tracker and engine as <c>serve</c> hosts them,
/// a run of the samples' simulated model at a modest pace (200 ms per call, concurrency 4 by default), and a headless
/// chromium (a child process) kept on the run's page with its live log while a second page reloads the tracker every
/// 30 s. Every minute the server's working set and GC heap are read as the process left them, then a full compacting
/// GC is forced to read the live heap, and the response cache's memory front is read, since that front is meant to
/// fill up to its bound (<c>--cache-memory-mb</c>, default 64 MB) and the rest of the live heap is what must stay
/// flat. MCODEBENCH_BENCH_MINUTES sets the length (default 60); --tasks the run's size (default 40,000, more than an
/// hour at this pace); --concurrency the pace.
/// </summary>
internal sealed class WebSoakScenario : IBenchScenario
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ReloadEvery = TimeSpan.FromSeconds(30);

    public string Name => "web-soak";

    public string Summary => "tracker + engine + browser on the run page for an hour: server memory every minute";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var minutes = double.Parse(Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_MINUTES") ?? "60", CultureInfo.InvariantCulture);
        var concurrency = settings.Concurrency ?? 4;
        var folder = Path.Combine(Path.GetTempPath(), "mcodebench-bench", "web-soak-" + Guid.NewGuid().ToString("N"));
        await using var rig = await TrackerRig.StartAsync(folder, Latency, concurrency, settings.CacheMemoryMb, cancellationToken);
        var trials = 18;
        var spec = new RunSpec
        {
            Name = "web-soak",
            PromptKeys = ["extract-structured", "map-coded"],
            ModelKeys = [TrackerRig.ModelKey],
            TrialIds = ["*"],
            Pipeline = PipelineKind.TwoStep,
            Repeats = Math.Max(1, ((settings.Tasks ?? 40_000) + trials - 1) / trials),
            Concurrency = concurrency,
        };
        var admission = Stopwatch.StartNew();
        var started = await rig.Engine.StartRunAsync(spec, cancellationToken);
        admission.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    run {started.RunId}: {started.TaskCount:#,0} tasks admitted in {admission.Elapsed.TotalSeconds:0.0} s; tracker at {rig.BaseUrl}"));

        var samples = new List<ServerSample>();
        var clock = Stopwatch.StartNew();
        await using (var browser = await BrowserChild.StartAsync(rig.BaseUrl, TrackerLinks.Run(started.RunId), TimeSpan.FromMinutes(minutes + 1), ReloadEvery, cancellationToken))
        {
            clock.Restart();
            samples.Add(await SampleAsync(rig, started.RunId, clock.Elapsed, cancellationToken));
            using var timer = new PeriodicTimer(SampleEvery);
            while (clock.Elapsed.TotalMinutes < minutes - 0.01 && await timer.WaitForNextTickAsync(cancellationToken))
            {
                samples.Add(await SampleAsync(rig, started.RunId, clock.Elapsed, cancellationToken));
            }

            var failedReloads = browser.Lines.Count(l => l.Contains("reload failed", StringComparison.Ordinal));
            var reloads = browser.Lines.Count(l => l.Contains(" reload ", StringComparison.Ordinal));
            var progress = await rig.Engine.GetProgressAsync(started.RunId, cancellationToken);
            await rig.Engine.CancelRunAsync(started.RunId, cancellationToken);
            return Result(spec, concurrency, rig.ResponseCache?.MemoryFront?.LimitBytes ?? 0, samples, reloads, failedReloads, progress.Count(TrackedTaskStatus.Failed), admission.Elapsed, browser.Lines);
        }
    }

    private static async Task<ServerSample> SampleAsync(TrackerRig rig, string runId, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var now = ResourceSampler.Now(elapsed);
        var gen2 = GC.CollectionCount(2);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var live = GC.GetTotalMemory(forceFullCollection: false);
        var front = rig.ResponseCache?.MemoryFront?.Bytes ?? 0;
        var done = (await rig.Engine.GetProgressAsync(runId, cancellationToken)).Done;
        var sample = new ServerSample(elapsed, now.WorkingSetBytes, now.GcHeapBytes, live, front, gen2, now.CpuTime, done);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"    sample {DateTime.UtcNow:HH:mm:ss} {elapsed.TotalMinutes:0.0} min: working set {sample.WorkingSetMb:0.0} MB, GC heap {sample.GcHeapMb:0.0} MB, live heap {sample.LiveHeapMb:0.0} MB (cache front {sample.CacheFrontMb:0.0} MB), gen2 {sample.Gen2Collections}, CPU {sample.CpuTime.TotalSeconds:0} s, tasks done {done:#,0}, load {MachineInfo.ReadLoadAverage()}"));
        return sample;
    }

    private ScenarioResult Result(RunSpec spec, int concurrency, long cacheFrontLimitBytes, List<ServerSample> samples, int reloads, int failedReloads, int failedTasks, TimeSpan admission, IReadOnlyList<string> browserLines)
    {
        ServerSample At(double minute) => samples.OrderBy(s => Math.Abs(s.Elapsed.TotalMinutes - minute)).First();
        var last = samples[^1];
        var secondHalf = samples.Where(s => s.Elapsed.TotalMinutes >= last.Elapsed.TotalMinutes / 2).ToList();
        var figures = new List<Figure>();
        foreach (var minute in new[] { 0d, 15, 30, 45, 60 }.Where(m => m <= last.Elapsed.TotalMinutes + 0.5))
        {
            var s = At(minute);
            figures.Add(new(string.Create(CultureInfo.InvariantCulture, $"working set at {minute:0} min"), s.WorkingSetMb, "MB"));
            figures.Add(new(string.Create(CultureInfo.InvariantCulture, $"GC heap at {minute:0} min"), s.GcHeapMb, "MB"));
            figures.Add(new(string.Create(CultureInfo.InvariantCulture, $"live heap at {minute:0} min"), s.LiveHeapMb, "MB"));
            figures.Add(new(string.Create(CultureInfo.InvariantCulture, $"cache front at {minute:0} min"), s.CacheFrontMb, "MB"));
        }

        figures.Add(new("peak working set", samples.Max(s => s.WorkingSetMb), "MB"));
        figures.Add(new("peak GC heap", samples.Max(s => s.GcHeapMb), "MB"));
        figures.Add(new("working-set slope over the second half", SlopePerHour(secondHalf, s => s.WorkingSetMb), "MB/h"));
        figures.Add(new("GC-heap slope over the second half", SlopePerHour(secondHalf, s => s.GcHeapMb), "MB/h"));
        figures.Add(new("live-heap slope over the second half", SlopePerHour(secondHalf, s => s.LiveHeapMb), "MB/h"));
        figures.Add(new("live heap besides the cache front: slope over the second half", SlopePerHour(secondHalf, s => s.LiveHeapBesidesCacheMb), "MB/h"));
        figures.Add(new("live heap besides the cache front: second-half range", secondHalf.Max(s => s.LiveHeapBesidesCacheMb) - secondHalf.Min(s => s.LiveHeapBesidesCacheMb), "MB"));
        figures.Add(new("gen-2 collections the runtime chose (forced ones not counted)", last.Gen2Collections - samples[0].Gen2Collections - (samples.Count - 1), "count"));
        figures.Add(new("server CPU per minute", (last.CpuTime - samples[0].CpuTime).TotalSeconds / Math.Max(1, last.Elapsed.TotalMinutes), "s"));
        figures.Add(new("tasks finished during the soak", last.TasksDone - samples[0].TasksDone, "tasks"));
        figures.Add(new("tracker reloads", reloads, "count"));
        figures.Add(new("failed tracker reloads", failedReloads, "count", 0, HigherIsBetter: false));
        figures.Add(new("failed tasks", failedTasks, "tasks", 0, HigherIsBetter: false));
        figures.Add(new("admission", admission.TotalSeconds, "s"));

        var series = string.Join(", ", samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Elapsed.TotalMinutes:0}m/{s.TasksDone}: {s.WorkingSetMb:0}/{s.GcHeapMb:0}/{s.LiveHeapMb:0}/{s.CacheFrontMb:0}/g2 {s.Gen2Collections}")));
        string[] notes =
        [
            "Series (minute/tasks done: working set/GC heap/live heap/cache front MB/gen-2 count): " + series,
            "Browser (last lines): " + string.Join(" | ", browserLines.TakeLast(5)),
        ];
        var setup = string.Create(
            CultureInfo.InvariantCulture,
            $"tracker + engine as serve hosts them (in-process silo, ServeAllRuns, LogEveryTask default), built-in simulator in process with {Latency.TotalMilliseconds:0} ms latency; run of {spec.Repeats * 18:#,0} two-step tasks at concurrency {concurrency}; headless chromium (child process) on the run page (live log) and reloading / every {ReloadEvery.TotalSeconds:0} s; response-cache memory front {cacheFrontLimitBytes / 1048576d:0} MB; {(GCSettings.IsServerGC ? "server" : "workstation")} GC; samples every {SampleEvery.TotalMinutes:0} min, each read before and after a forced full compacting GC.");
        var resourceSamples = samples.Select(s => new ResourceSample(s.Elapsed, s.WorkingSetBytes, s.GcHeapBytes, 0, s.CpuTime, s.TasksDone)).ToList();
        return new ScenarioResult(Name, "hosted", setup, figures, notes, resourceSamples);
    }

    /// <summary>Least-squares slope of a figure against time, in units per hour.</summary>
    private static double SlopePerHour(List<ServerSample> samples, Func<ServerSample, double> value)
    {
        if (samples.Count < 2)
        {
            return 0;
        }

        var meanX = samples.Average(s => s.Elapsed.TotalHours);
        var meanY = samples.Average(value);
        var num = samples.Sum(s => (s.Elapsed.TotalHours - meanX) * (value(s) - meanY));
        var den = samples.Sum(s => Math.Pow(s.Elapsed.TotalHours - meanX, 2));
        return den == 0 ? 0 : num / den;
    }
}
