using System.Text;
using Deque.AxeCore.Playwright;
using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Statistics;

/// <summary>
/// The results page's statistics (interval whiskers on the combination and cost charts, band and tied marks) and the
/// compare page, at a desktop and a phone size: drawn, no horizontal page overflow, no serious or critical axe violation.
/// With <c>MCODEBENCH_SCREENSHOTS=folder</c> each page is also saved as a full-page PNG there, to look at.
/// </summary>
public sealed class StatisticsPagesTests(TrackerSite site, Chromium chromium)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string> Viewports => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Results_and_compare_pages_draw_intervals_fit_the_width_and_pass_axe(string viewport)
    {
        var runA = await site.FinishedRunAsync();
        var runB = await site.StartRunAsync("browser compare", "rules-baseline", trials: 3);
        await site.WaitUntilFinishedAsync(runB);
        await using var tracker = await chromium.OpenAsync(site, viewport == "phone" ? Chromium.Phone : Chromium.Desktop);
        var page = tracker.Page;
        var report = new StringBuilder();

        await tracker.GoToAsync($"/results?run={runA}");
        await Assertions.Expect(page.Locator("[data-figure=band]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-figure=rank-value]").First).ToContainTextAsync("[");
        // Plotly draws each interval as an error-bar path: whiskers on the bars and on the cost chart's points.
        await Assertions.Expect(page.Locator("#chart-by-combination g.errorbar path").First).ToBeAttachedAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#chart-cost g.errorbar path").First).ToBeAttachedAsync();
        // The legend names every point (the first entry is the run's group title).
        await Assertions.Expect(page.Locator("#chart-cost .legendtext", new() { HasText = "rules-baseline" })).ToHaveCountAsync(2);
        await CheckAsync(tracker, viewport, "results", report);

        await tracker.GoToAsync($"/compare?a={runA}&b={runB}");
        await Assertions.Expect(page.Locator("[data-figure=delta]").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        // The same deterministic baseline twice: every paired Δ is 0 with p = 1, so nothing changed.
        await Assertions.Expect(page.Locator("[data-figure=delta]").First).ToHaveTextAsync("0.000 [0.000, 0.000]");
        await Assertions.Expect(page.Locator("[data-change=none]")).ToHaveCountAsync(2);
        await CheckAsync(tracker, viewport, "compare", report);

        await tracker.GoToAsync("/compare?a=nope&b=" + runB);
        await Assertions.Expect(page.GetByTestId("compare-message")).ToContainTextAsync("There is no run 'nope'");

        Assert.True(report.Length == 0, report.ToString());
    }

    private static async Task CheckAsync(TrackerPage tracker, string viewport, string name, StringBuilder report)
    {
        var page = tracker.Page;
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            report.Append(name).Append(" at ").Append(viewport).Append(": the page scrolls sideways by ").Append(overflow).Append(" px\n");
        }

        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            report.Append(name).Append(" at ").Append(viewport).Append(": ").Append(violation.Impact).Append(' ').Append(violation.Id).Append(" — ").Append(violation.Help).Append('\n');
            foreach (var node in violation.Nodes.Take(5))
            {
                report.Append("    ").Append(node.Target).Append(" | ").Append(node.Html.Length > 160 ? node.Html[..160] : node.Html).Append('\n');
            }
        }

        if (Environment.GetEnvironmentVariable("MCODEBENCH_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{viewport}.png"), FullPage = true });
        }
    }
}
