using McodeBench.BrowserTests.Support;
using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Configuration;

public sealed class PromptEditingTests(TrackerSite site, Chromium chromium)
{
    [Fact]
    public async Task Validating_an_edited_prompt_names_the_missing_placeholder_and_a_fixed_template_validates_clean()
    {
        await using var tracker = await chromium.OpenAsync(site);
        var page = tracker.Page;
        await tracker.GoToAsync("/configuration");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit prompt extract-structured" }).ClickAsync();
        var template = page.GetByLabel("Template");
        await Assertions.Expect(template).ToBeEditableAsync();
        var original = await template.InputValueAsync();
        Assert.Contains("{", original, StringComparison.Ordinal);

        await template.FillAsync("Extract every entity. No placeholder here.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate", Exact = true }).ClickAsync();
        var error = page.Locator(".mud-input-control.mud-input-error, .mud-input-error").Filter(new() { Has = page.Locator("textarea") });
        await Assertions.Expect(error.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text.mud-input-error").First).ToContainTextAsync("{");

        await template.FillAsync(original);
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToHaveCountAsync(0);
    }
}
