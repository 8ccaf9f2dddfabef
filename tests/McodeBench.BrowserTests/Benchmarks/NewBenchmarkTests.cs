using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Benchmarks;

public sealed class NewBenchmarkTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task Starting_the_default_benchmark_opens_its_run_page_which_finishes_with_coloured_log_lines()
    {
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/benchmarks/new");
        await page.GetByLabel("Name").FillAsync("browser default");
        await page.GetByTestId("run-button").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/runs/browser-default-"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("browser default");

        var success = page.Locator(".mcb-log-line[data-level=Success]").First;
        await Assertions.Expect(success).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var info = page.Locator(".mcb-log-line[data-level=Info]").First;
        await Assertions.Expect(info).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mcb-level-info"));
        await Assertions.Expect(success).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mcb-level-success"));
        var successColour = await success.EvaluateAsync<string>("e => getComputedStyle(e).color");
        var infoColour = await info.EvaluateAsync<string>("e => getComputedStyle(e).color");
        Assert.NotEqual(infoColour, successColour);
        Assert.True(IsGreenish(successColour), $"A Success line is drawn in {successColour}, not green.");
        Assert.True(IsBluish(infoColour), $"An Info line is drawn in {infoColour}, not blue.");
    }

    private static (int R, int G, int B) Rgb(string css)
    {
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool IsGreenish(string css) => Rgb(css) is var (r, g, b) && g > r && g > b;

    private static bool IsBluish(string css) => Rgb(css) is var (r, g, b) && b > r && b >= g;
}
