using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Theme;

public sealed class DarkModeTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task Dark_mode_darkens_the_page_and_is_remembered_after_a_reload()
    {
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/runs");
        var light = await BackgroundLightnessAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.cookie.includes('mcodebench_theme=dark')");
        var dark = await BackgroundLightnessAsync(page);
        Assert.True(dark < light, $"The background did not darken: {light} before, {dark} after.");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        Assert.Equal(dark, await BackgroundLightnessAsync(page));

        await tracker.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.cookie.includes('mcodebench_theme=light')");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" })).ToBeVisibleAsync();
    }

    /// <summary>The sum of the red, green and blue of the body's computed background.</summary>
    private static Task<int> BackgroundLightnessAsync(IPage page) =>
        page.EvaluateAsync<int>("() => { const c = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return c[0] + c[1] + c[2]; }");
}
