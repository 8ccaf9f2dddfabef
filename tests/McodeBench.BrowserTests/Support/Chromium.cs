using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Support;

/// <summary>
/// Debian's chromium driven by Playwright, shared by every test (each test opens its own context). Playwright's own
/// browser download is never used: the tests run offline. Without <c>/usr/bin/chromium</c> every browser test skips.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public static Viewport Desktop { get; } = new(1280, 800);

    public static Viewport Phone { get; } = new(390, 844);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers often lack a usable sandbox and a large /dev/shm.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (own cookies and storage) and a page in it; skips the test without chromium.</summary>
    public async Task<TrackerPage> OpenAsync(TrackerSite site, Viewport? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (browser is null)
        {
            Assert.Skip($"Browser tests need chromium at {ExecutablePath} (apt-get install -y chromium); it is not installed.");
        }

        var size = viewport ?? Desktop;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new TrackerPage(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
