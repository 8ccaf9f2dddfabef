using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Scenarios;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Web;
using Microsoft.Playwright;

namespace McodeBench.Bench.Web;

/// <summary>
/// Issue 4: "the live log keeps up with 200 events/s without freezing the page". The tracker (idle engine, the seeded
/// database of <see cref="TrackerQueryScenario"/>) with its live events coming from an <see cref="EngineEventHub"/> the
/// harness publishes into at 200 lines/s for MCODEBENCH_BENCH_SECONDS (default 60), every level in turn, on one run.
/// Headless chromium on that run's page records, in the page: when each line appeared (a MutationObserver; the line's
/// text carries its publish time), the longest gap between animation frames and every long task
/// (PerformanceObserver 'longtask'), and the number of log rows in the DOM once a second.
/// </summary>
internal sealed class LiveLogScenario : IBenchScenario
{
    private const int Rate = 200;
    private const string RunId = "seed-run-01";

    private const string Probe = """
        () => {
          const w = window;
          w.__probe = { delays: [], maxGap: 0, longTasks: [], rows: [] };
          const log = document.querySelector('.mcb-log');
          new MutationObserver(records => {
            const now = Date.now();
            for (const r of records) for (const n of r.addedNodes) {
              const m = n.textContent && n.textContent.match(/probe (\d+) at (\d+)/);
              if (m) w.__probe.delays.push(now - Number(m[2]));
            }
          }).observe(log, { childList: true, subtree: true });
          let last = performance.now();
          const frame = t => { w.__probe.maxGap = Math.max(w.__probe.maxGap, t - last); last = t; requestAnimationFrame(frame); };
          requestAnimationFrame(frame);
          try { new PerformanceObserver(l => { for (const e of l.getEntries()) w.__probe.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: false }); } catch (e) { }
          setInterval(() => w.__probe.rows.push(log.querySelectorAll('.mcb-log-line').length), 1000);
        }
        """;

    public string Name => "web-livelog";

    public string Summary => "live log on a run page at 200 events/s: delay to screen, longest stall, DOM rows";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var folder = Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_DB") ?? Path.Combine(Path.GetTempPath(), "mcodebench-bench", "tracker-100k");
        var seconds = double.Parse(Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_SECONDS") ?? "60", CultureInfo.InvariantCulture);
        await TrackerSeed.EnsureAsync(folder, cancellationToken);
        EngineEventHub? hub = null;
        await using var rig = await TrackerRig.StartIdleAsync(folder, cancellationToken, (engine, database) => new HubEngine(engine, hub = new EngineEventHub(database.Events)));
        _ = rig.Engine;
        var events = hub ?? throw new InvalidOperationException("The hub was not created.");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await HeadlessChromium.OpenAsync(browser, rig.BaseUrl, TrackerLinks.Run(RunId));
        await page.EvaluateAsync(Probe);

        var levels = Enum.GetValues<EventLevel>();
        var clock = Stopwatch.StartNew();
        var published = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var due = (int)(clock.Elapsed.TotalSeconds * Rate);
            for (; published < due; published++)
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                events.Publish(levels[published % levels.Length], string.Create(CultureInfo.InvariantCulture, $"probe {published} at {now}: task finished"), RunId);
            }

            await Task.Delay(5, cancellationToken);
        }

        var rate = published / clock.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var json = await page.EvaluateAsync<JsonElement>("() => window.__probe");
        var delays = json.GetProperty("delays").EnumerateArray().Select(e => e.GetDouble()).Order().ToList();
        var longTasks = json.GetProperty("longTasks").EnumerateArray().Select(e => e.GetDouble()).ToList();
        var rows = json.GetProperty("rows").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var maxGap = json.GetProperty("maxGap").GetDouble();
        double Pct(double p) => delays.Count == 0 ? double.NaN : delays[Math.Min(delays.Count - 1, (int)(p * delays.Count))];
        Figure[] figures =
        [
            new("published", published, "lines"),
            new("publish rate", rate, "lines/s", Rate * 0.95),
            new("lines seen appearing in the page", delays.Count, "lines"),
            new("delay publish → on screen, median", Pct(0.5), "ms", 1000, HigherIsBetter: false),
            new("delay publish → on screen, p95", Pct(0.95), "ms", 1000, HigherIsBetter: false),
            new("delay publish → on screen, max", delays.Count == 0 ? double.NaN : delays[^1], "ms"),
            new("longest gap between animation frames", maxGap, "ms"),
            new("long tasks (> 50 ms)", longTasks.Count, "count"),
            new("longest long task", longTasks.Count == 0 ? 0 : longTasks.Max(), "ms"),
            new("log rows in the DOM, max", rows.Count == 0 ? 0 : rows.Max(), "rows", 2000, HigherIsBetter: false),
            new("subscription lines dropped by the hub", events.Dropped, "lines"),
        ];
        foreach (var figure in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {figure.Name}: {figure.Value:0.#} {figure.Unit}"));
        }

        string[] notes = ["DOM rows each second: " + string.Join(", ", rows)];
        var setup = string.Create(CultureInfo.InvariantCulture, $"run page /runs/{RunId} of the seeded 100,000-task database, idle engine; {Rate} lines/s for {seconds:0} s through EngineEventHub (stored and fanned out), levels in turn; headless chromium 1280×800; LiveLog keeps 2,000 lines.");
        return new ScenarioResult(Name, "sqlite", setup, figures, notes);
    }
}
