using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Tasks;

public sealed class TaskDetailTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task A_finished_task_opened_from_the_tracker_shows_its_trial_text_with_highlighted_spans()
    {
        var runId = await site.FinishedRunAsync();
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/?run=" + runId);

        var details = page.Locator("[aria-label=Tasks] a[aria-label^='Details of task']").First;
        await Assertions.Expect(details).ToBeVisibleAsync();
        var label = await details.GetAttributeAsync("aria-label");
        await details.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tasks/"));
        await tracker.WaitForInteractiveAsync();

        var text = page.Locator(".mcb-trial-text").First;
        await Assertions.Expect(text).ToBeVisibleAsync();
        var marks = text.Locator("mark[title]");
        Assert.True(await marks.CountAsync() > 0, $"The task page of {label} highlights no span.");
        var background = await marks.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.False(string.IsNullOrWhiteSpace(await marks.First.GetAttributeAsync("title")));
    }
}
