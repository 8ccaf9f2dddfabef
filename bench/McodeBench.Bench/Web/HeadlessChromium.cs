using Microsoft.Playwright;

namespace McodeBench.Bench.Web;

/// <summary>
/// Debian's chromium driven by Playwright, headless. Playwright's own browser download is never used (the harness
/// runs offline): without <c>/usr/bin/chromium</c> the browser scenarios stop and say how to install it.
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"The browser scenarios need chromium at {ExecutablePath} (apt-get install -y chromium).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Opens a page of the tracker and waits until the circuit answers (the layout's data-interactive marker).</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await GoToAsync(page, path);
        return page;
    }

    public static async Task GoToAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.Locator("main[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
