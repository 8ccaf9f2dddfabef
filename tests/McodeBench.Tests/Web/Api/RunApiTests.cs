using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

public sealed class RunApiTests
{
    [Fact]
    public async Task Listing_runs_of_an_empty_database_returns_an_empty_page()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(TestContext.Current.CancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await server.Client.GetAsync(new Uri("/api/runs", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_tracker_page_renders_with_mudblazor_from_the_package()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(TestContext.Current.CancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var html = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches("_content/MudBlazor/MudBlazor\\.min(\\.[a-z0-9]+)?\\.css", html);
        Assert.Matches("css/tracker(\\.[a-z0-9]+)?\\.css", html);
        Assert.Contains("Tracker", html, StringComparison.Ordinal);
    }
}
