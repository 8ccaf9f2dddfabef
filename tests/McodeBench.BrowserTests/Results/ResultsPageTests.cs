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
    public async Task The_csv_export_downloads_the_tables_shown_with_both_combinations()
    {
        var runId = await site.FinishedRunAsync();
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/results?run=" + runId);

        var csv = page.Locator("a[download$='.csv']").Filter(new() { HasText = "Csv" }).First;
        await Assertions.Expect(csv).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^data:text/csv"));
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.True(lines.Length > 4, text);
        var header = Array.IndexOf(lines, "rank,pipeline,prompts,model,simulated,tasks,failed,value,repeat_sd,cost_usd,latency_p50_ms,latency_p95_ms");
        Assert.True(header > 0, "No top-combinations table in the export:\n" + text);
        Assert.StartsWith("table,\"Top combinations by", lines[header - 1], StringComparison.Ordinal);
        var rows = lines.Skip(header + 1).TakeWhile(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["extract-concise → map-coded", "extract-structured → map-coded"], rows.Select(r => r[2]).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.Equal("rules-baseline", r[3]);
            Assert.Equal("3", r[5]);
            Assert.Equal("0", r[6]);
            // Figures are written with the invariant culture and unrounded, so they parse back.
            Assert.InRange(double.Parse(r[7], NumberStyles.Float, CultureInfo.InvariantCulture), 0, 1);
            Assert.True(double.Parse(r[10], NumberStyles.Float, CultureInfo.InvariantCulture) > 0);
        });
        Assert.Contains("table,Summary", lines);
        Assert.Contains("Finished tasks,6", lines);
    }
}
