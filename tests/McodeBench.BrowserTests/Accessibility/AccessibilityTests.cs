using System.Text;
using Deque.AxeCore.Playwright;
using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Accessibility;

public sealed class AccessibilityTests(TrackerSite site, Chromium chromium)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Every page, at a desktop and a phone size: no serious or critical violation, none excused.</summary>
    public static TheoryData<string> Viewports => ["desktop", "phone"];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Every_page_has_no_serious_or_critical_axe_violation(string viewport)
    {
        var runId = await site.FinishedRunAsync();
        await using var tracker = await chromium.OpenAsync(site, viewport == "phone" ? Chromium.Phone : Chromium.Desktop);
        var page = tracker.Page;

        await tracker.GoToAsync("/?run=" + runId);
        var taskLink = await page.Locator("[aria-label=Tasks] a[aria-label^='Details of task']").First.GetAttributeAsync("href");
        Assert.NotNull(taskLink);

        string[] paths = ["/", "/?run=" + runId, "/benchmarks/new", "/runs", "/runs/" + runId, "/results?run=" + runId, taskLink, "/configuration", "/system"];
        var report = new StringBuilder();
        foreach (var path in paths)
        {
            await tracker.GoToAsync(path);
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
            {
                report.Append(path).Append(": ").Append(violation.Impact).Append(' ').Append(violation.Id).Append(" — ").Append(violation.Help).Append('\n');
                foreach (var node in violation.Nodes.Take(5))
                {
                    report.Append("    ").Append(node.Target).Append(" | ").Append(node.Html.Length > 160 ? node.Html[..160] : node.Html).Append('\n');
                }
            }
        }

        Assert.True(report.Length == 0, $"axe-core found serious or critical violations at {viewport}:\n{report}");
    }
}
