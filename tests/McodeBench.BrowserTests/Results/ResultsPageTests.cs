using System.Globalization;
using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Results;

public sealed class ResultsPageTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task Sorting_the_top_combinations_by_prompts_orders_the_rows_both_ways()
    {
        var runId = await site.FinishedRunAsync();
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/results?run=" + runId);

        var grid = page.Locator("table").Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Latency p95" }) }).First;
        // Column 1 is the rank, 2 the rank band, 3 the prompts.
        var prompts = grid.Locator("tbody tr td:nth-child(3) .mcb-nowrap");
        await Assertions.Expect(prompts).ToHaveCountAsync(2);

        var before = await prompts.AllInnerTextsAsync();
        var ascending = before.Order(StringComparer.Ordinal).ToList();
        var descending = ascending.AsEnumerable().Reverse().ToList();
        Assert.NotEqual(ascending, descending);

        // The first click sorts ascending, the second descending (MudDataGrid's cycle).
        var header = grid.GetByRole(AriaRole.Columnheader, new() { Name = "Prompts" }).Locator(".sortable-column-header");
        await header.ClickAsync();
        await Assertions.Expect(prompts).ToHaveTextAsync(ascending.ToArray());
        await Assertions.Expect(grid.GetByRole(AriaRole.Columnheader, new() { Name = "Prompts" }).Locator(".sort-direction-icon")).ToBeVisibleAsync();
        await header.ClickAsync();
        await Assertions.Expect(prompts).ToHaveTextAsync(descending.ToArray());
    }

    [Fact]
    public async Task The_csv_export_downloads_the_combinations_from_the_api_with_statistics_columns()
    {
        var runId = await site.FinishedRunAsync();
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/results?run=" + runId);

        // The page links to the REST export (GET /api/runs/{id}/export) instead of inlining the file as a data: URI.
        var csv = page.Locator("a[href*='/export?level=combo&format=csv']").First;
        await Assertions.Expect(csv).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/runs/[^/]+/export\\?"));
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = text.Split("\r\n").Where(l => l.Length > 0).ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(2, rows.Count);
        var prompts = Array.IndexOf(header, "prompts");
        var model = Array.IndexOf(header, "model");
        var tasks = Array.IndexOf(header, "tasks");
        var rankValue = Array.IndexOf(header, "rank_value");
        var tied = Array.IndexOf(header, "tied_with_best");
        Assert.True(prompts >= 0 && model >= 0 && tasks >= 0 && rankValue >= 0 && tied >= 0, lines[0]);
        Assert.Equal(["extract-concise → map-coded", "extract-structured → map-coded"], rows.Select(r => r[prompts]).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.Equal("rules-baseline", r[model]);
            Assert.Equal("3", r[tasks]);
            // Figures are written with the invariant culture and unrounded, so they parse back.
            Assert.InRange(double.Parse(r[rankValue], NumberStyles.Float, CultureInfo.InvariantCulture), 0, 1);
        });
        // The best row is tied with itself; the statistics layer's columns are in the file.
        Assert.Contains(rows, r => r[tied] == "true");
    }
}
