using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Runs;

public sealed class RunControlTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task The_tracker_shows_tasks_moving_from_waiting_to_completed()
    {
        // The simulator answers after two seconds, so the tracker first shows unfinished tasks, then completed ones.
        var runId = await site.StartRunAsync("browser tracker", "simulated-gpt", trials: 1, concurrency: 1);
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/?run=" + runId);

        var rows = page.Locator("[aria-label=Tasks] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Locator("[data-status]:not([data-status=Completed])").First).ToBeVisibleAsync();
        await Assertions.Expect(rows.Locator("[data-status=Completed]")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-status=Completed]").First).ToContainTextAsync("ompleted");
    }

    [Fact]
    public async Task Cancelling_a_run_from_its_page_marks_it_cancelled()
    {
        var runId = await site.StartRunAsync("browser cancel", "simulated-gpt", trials: 9, concurrency: 1);
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/runs/" + runId);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel run" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1 + .mud-chip[data-status], [data-status=Cancelled]").First).ToHaveAttributeAsync("data-status", "Cancelled", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel run" })).ToHaveCountAsync(0);
        var progress = await site.Engine.GetProgressAsync(runId, TestContext.Current.CancellationToken);
        Assert.Equal(McodeBench.Engine.Persistence.Runs.RunStatus.Cancelled, progress.Status);
        Assert.True(progress.Count(McodeBench.Core.Tasks.TrackedTaskStatus.Completed) < progress.Total, "Every task finished before the cancel; the run was too fast to test cancelling.");
    }
}
