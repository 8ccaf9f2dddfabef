using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Support;

/// <summary>One browser page on the tracker, with the waits every test needs before it may click.</summary>
public sealed class TrackerPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private static readonly TimeSpan InteractiveTimeout = TimeSpan.FromSeconds(20);

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Opens a tracker address and waits until the Blazor circuit answers clicks.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    /// <summary>
    /// The pages are prerendered, so they show before the circuit is connected and clicks then do nothing. The
    /// navigation toggle in the app bar proves interactivity: it flips <c>aria-expanded</c> only once the circuit
    /// handles events. Clicks before that are lost, not queued, so clicking until it flips (and back) is safe.
    /// </summary>
    public async Task WaitForInteractiveAsync()
    {
        var toggle = Page.Locator("header button[aria-expanded]").First;
        var deadline = DateTime.UtcNow + InteractiveTimeout;
        var before = await toggle.GetAttributeAsync("aria-expanded");
        while (true)
        {
            // Dispatched on the button itself: on a phone the open drawer's scrim covers it.
            await toggle.DispatchEventAsync("click");
            if (await FlippedAsync(toggle, before, TimeSpan.FromMilliseconds(700)))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The page {Page.Url} did not become interactive within {InteractiveTimeout.TotalSeconds} s.");
        }

        var after = await toggle.GetAttributeAsync("aria-expanded");
        await toggle.DispatchEventAsync("click");
        Assert.True(await FlippedAsync(toggle, after, TimeSpan.FromSeconds(15)), "The navigation toggle did not flip back.");
    }

    private static async Task<bool> FlippedAsync(ILocator toggle, string? from, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (await toggle.GetAttributeAsync("aria-expanded") != from)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
