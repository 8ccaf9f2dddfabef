using System.Diagnostics;
using System.Globalization;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Scenarios;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Web.Pages.Tracker;

namespace McodeBench.Bench.Web;

/// <summary>
/// Issue 4: "with 100,000 tasks in the database the tracker's first page renders in under 1 s on the server and
/// filtering or sorting answers in under 1 s". A seeded SQLite database (<see cref="TrackerSeed"/>, kept between runs
/// in MCODEBENCH_BENCH_DB, default a folder under the temp directory) behind the tracker as <c>serve</c> builds it
/// (engine idle). Measured, each the median of MCODEBENCH_BENCH_REPEATS (default 5) after one warm-up: the prerendered
/// GET of <c>/</c> and of a filtered tracker URL; and for each filter and every sortable column (both directions, its
/// first page and its page 1,000) what the tracker asks the database when the user changes it — one page of tasks
/// through <c>TrackerFilter.ToQuery</c> → <c>Tasks.ListAsync</c> (count included) and the counts per status.
/// MCODEBENCH_BENCH_CASES, when set, keeps only the cases whose name contains it (for example <c>page 1,000</c>).
/// </summary>
internal sealed class TrackerQueryScenario : IBenchScenario
{
    /// <summary>The zero-based index of page 1,000.</summary>
    private const int DeepPage = 999;

    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public string Name => "web-tracker";

    public string Summary => "100,000 tasks: tracker first page, filters and every sort column against the 1 s target";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var folder = Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_DB") ?? Path.Combine(Path.GetTempPath(), "mcodebench-bench", "tracker-100k");
        var repeats = int.Parse(Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_REPEATS") ?? "5", CultureInfo.InvariantCulture);
        var seeding = await TrackerSeed.EnsureAsync(folder, cancellationToken);
        await using var rig = await TrackerRig.StartIdleAsync(folder, cancellationToken);
        var tasks = rig.Database.Tasks;
        var total = (await tasks.CountByStatusAsync(null, cancellationToken)).Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {total:#,0} tasks in {folder} (seeded in {seeding:0} s; 0 = reused)"));

        var figures = new List<Figure>();
        var notes = new List<string>();
        using var http = new HttpClient { BaseAddress = rig.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "/", "/?run=seed-run-05&status=Failed" })
        {
            var times = await TimeAsync(repeats, async () =>
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsStringAsync(cancellationToken);
            });
            Add(figures, notes, $"GET {path} (prerendered page)", times);
        }

        var only = Environment.GetEnvironmentVariable("MCODEBENCH_BENCH_CASES");
        foreach (var query in Cases(total).Where(c => string.IsNullOrEmpty(only) || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var listTimes = await TimeAsync(repeats, () => tasks.ListAsync(query.Filter.ToQuery(query.SortLabel, query.Descending, query.Offset, query.Limit), cancellationToken));
            var countTimes = await TimeAsync(repeats, () => tasks.CountByStatusAsync(query.Filter.RunId, cancellationToken));
            var page = await tasks.ListAsync(query.Filter.ToQuery(query.SortLabel, query.Descending, query.Offset, query.Limit), cancellationToken);
            var both = listTimes.Zip(countTimes, (a, b) => a + b).ToList();
            Add(figures, notes, $"{query.Name} ({page.Total:#,0} match)", both, $"page {Ms(Median(listTimes))} + counts {Ms(Median(countTimes))}");
        }

        var setup = string.Create(
            CultureInfo.InvariantCulture,
            $"{total:#,0} tasks in SQLite ({TrackerSeed.Runs} runs, models {string.Join(", ", TrackerSeed.Models)}; 70 % completed, 10 % failed, 5 % cancelled, 5 % running, 10 % queued); tracker as serve builds it, engine idle; median of {repeats} after one warm-up; figures are page query (with its total count) + counts per status, or the whole HTTP GET.");
        return new ScenarioResult(Name, "sqlite", setup, figures, notes);
    }

    private static IEnumerable<TrackerQueryCase> Cases(int total)
    {
        var none = new TrackerFilter();
        yield return new("first page (queue order)", none);
        yield return new("last page (queue order)", none, Offset: Math.Max(0, total - 50));
        yield return new("status = Failed", none with { Statuses = [TrackedTaskStatus.Failed] });
        yield return new("status = Completed or Running", none with { Statuses = [TrackedTaskStatus.Completed, TrackedTaskStatus.Running] });
        yield return new("run = seed-run-05", none with { RunId = "seed-run-05" });
        yield return new("model = gpt-4o-mini", none with { ModelKey = "gpt-4o-mini" });
        yield return new("prompt = extract-concise", none with { PromptKey = "extract-concise" });
        yield return new("trial = NCT99000005", none with { TrialId = "NCT99000005" });
        yield return new("failure class = invalid_json", none with { FailureClass = FailureClass.InvalidJson });
        yield return new("free text 'json' (matches errors)", none with { Text = "json" });
        yield return new("free text 'NCT99000005 · simulated' (matches names)", none with { Text = "NCT99000005 · simulated" });
        yield return new("free text 'zzz' (matches nothing)", none with { Text = "zzz" });
        yield return new("min entity F1 (type) 0.9", none with { MinScore = 0.9 });
        yield return new("run + Completed + min F1 0.5, by score desc", none with { RunId = "seed-run-05", Statuses = [TrackedTaskStatus.Completed], MinScore = 0.5 }, "score", true);
        foreach (var label in TrackerFilter.SortColumns.Keys)
        {
            yield return new($"sort by {label} asc", none, label);
            yield return new($"sort by {label} desc", none, label, true);
        }

        // A deep page skips 49,950 tasks: only an index in the sort's order (ties broken by id) avoids sorting them all.
        foreach (var label in TrackerFilter.SortColumns.Keys)
        {
            yield return new($"sort by {label} asc, page 1,000 of 50", none, label, Offset: DeepPage * 50);
            yield return new($"sort by {label} desc, page 1,000 of 50", none, label, true, Offset: DeepPage * 50);
        }

        yield return new("sort by cost desc, page 1,000 of 25", none, "cost", true, Offset: DeepPage * 25, Limit: 25);
        yield return new("run = seed-run-05, by score desc, page 100 of 50", none with { RunId = "seed-run-05" }, "score", true, Offset: 99 * 50);
    }

    private static async Task<List<TimeSpan>> TimeAsync(int repeats, Func<Task> action)
    {
        await action();
        var times = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            times.Add(clock.Elapsed);
        }

        return times;
    }

    private static void Add(List<Figure> figures, List<string> notes, string name, List<TimeSpan> times, string? detail = null)
    {
        var median = Median(times);
        figures.Add(new Figure(name, median.TotalMilliseconds, "ms", Target.TotalMilliseconds, HigherIsBetter: false));
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}: median {Ms(median)}, max {Ms(times.Max())}{(detail is null ? string.Empty : "; " + detail)}");
        notes.Add(line);
        Console.WriteLine("    " + line);
    }

    private static TimeSpan Median(List<TimeSpan> times) =>
        TimeSpan.FromTicks((long)ReportWriter.Median(times.Select(t => (double)t.Ticks).ToList()));

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");
}
