using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace McodeBench.Bench.Web;

/// <summary>
/// The harness run as <c>web-browser BASEURL RUNPATH MINUTES RELOADSECONDS</c>: a headless chromium kept on a run's
/// page (with its live log) for the given time, while a second page reloads the tracker at an interval. It runs in its
/// own process so the Playwright client's memory never counts as the server's. Prints one line per reload.
/// </summary>
internal static class BrowserChildMain
{
    public const string Command = "web-browser";

    // Blazor's reconnect UI on the run page: whether its circuit is connected, retrying or lost.
    private const string ReconnectState = """
        () => {
          const m = document.querySelector('#components-reconnect-modal');
          return m ? `${m.tagName.toLowerCase()} class='${m.className}' open=${m.open ?? ''} display=${getComputedStyle(m).display}` : 'none';
        }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args[0]);
        var runPath = args[1];
        var duration = TimeSpan.FromMinutes(double.Parse(args[2], CultureInfo.InvariantCulture));
        var reload = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var runPage = await HeadlessChromium.OpenAsync(browser, baseUrl, runPath);
        var tracker = await HeadlessChromium.OpenAsync(browser, baseUrl, "/");
        Console.WriteLine("ready");
        var clock = Stopwatch.StartNew();
        var reloads = 0;
        while (clock.Elapsed < duration)
        {
            await Task.Delay(reload);
            var timer = Stopwatch.StartNew();
            string outcome;
            try
            {
                await HeadlessChromium.GoToAsync(tracker, "/");
                var rows = await runPage.Locator(".mcb-log-line").CountAsync();
                var circuit = await runPage.EvaluateAsync<string>(ReconnectState);
                // Once the log holds its 2,000 rows the count stops moving; the newest line's time shows it still follows.
                var newest = await runPage.EvaluateAsync<string>("() => document.querySelector('.mcb-log-line:last-of-type .mcb-log-time')?.textContent ?? 'none'");
                outcome = string.Create(CultureInfo.InvariantCulture, $"reload {++reloads} {timer.ElapsedMilliseconds} ms; live-log rows {rows}, newest {newest}; run page reconnect UI: {circuit}");
            }
            catch (Exception error) when (error is PlaywrightException or TimeoutException)
            {
                outcome = "reload failed: " + error.Message.Split('\n')[0];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMinutes:0.0} min {outcome}"));
        }

        return 0;
    }
}
