using Microsoft.Playwright;

namespace McodeBench.BrowserTests.Support;

/// <summary>One browser page on the tracker, with the waits every test needs before it may click.</summary>
public sealed class TrackerPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private static readonly TimeSpan InteractiveTimeout = TimeSpan.FromSeconds(30);

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Opens a tracker address and waits until the Blazor circuit answers clicks.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    /// <summary>
    /// The pages are prerendered, so they show before the circuit is connected, and clicks then are lost. The layout
    /// sets <c>data-interactive="true"</c> on <c>main</c> after its first interactive render, when every handler on
    /// the page is wired. Waiting for that marker needs no click, so it cannot disturb the page it probes.
    /// </summary>
    public async Task WaitForInteractiveAsync()
    {
        var marker = Page.Locator("main[data-interactive='true']");
        try
        {
            await marker.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)InteractiveTimeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The page {Page.Url} did not become interactive within {InteractiveTimeout.TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
