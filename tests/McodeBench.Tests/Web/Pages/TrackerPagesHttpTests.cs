using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Pages;

public sealed partial class TrackerPagesHttpTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "Tracker")]
    [InlineData("/runs", "Runs")]
    [InlineData("/benchmarks/new", "New benchmark")]
    public async Task Each_page_renders_with_mudblazor_served_by_the_tracker_itself(string path, string heading)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var html = await server.Client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Matches("href=\"_content/MudBlazor/MudBlazor\\.min(\\.[a-z0-9]+)?\\.css\"", html);
        Assert.Contains($">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalAsset(), html);
    }

    [Fact]
    public async Task The_remembered_dark_theme_is_applied_on_the_first_paint()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        using var light = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        using var dark = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        dark.Headers.Add("Cookie", "mcodebench_theme=dark");

        var lightHtml = await (await server.Client.SendAsync(light, Cancel)).Content.ReadAsStringAsync(Cancel);
        var darkHtml = await (await server.Client.SendAsync(dark, Cancel)).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("aria-label=\"Switch to dark mode\"", lightHtml, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Switch to light mode\"", darkHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/runs", "/api/runs/estimate", "/api/runs/{runId}/leaderboard", "/api/tasks", "/api/events" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"the document lists {path}");
        }

        Assert.Equal("McodeBench API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_api_reference_page_loads_its_script_from_the_tracker_not_a_cdn()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var html = await server.Client.GetStringAsync(new Uri("/api/reference/", UriKind.Relative), Cancel);
        var script = await server.Client.GetAsync(new Uri("/api/reference/scalar.js", UriKind.Relative), Cancel);

        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalAsset(), html);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync(Cancel)).Length > 100_000, "the bundled Scalar script is served");
    }

    // A script, style sheet, font or image loaded from another host.
    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
