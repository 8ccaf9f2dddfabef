using System.Net;
using McodeBench.Tests.Web.Results;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Pages;

/// <summary>The results, task, configuration and system pages as <c>mcodebench serve</c> hosts them (prerendered), and the chart script they load.</summary>
public sealed class InsightPagesServeTests
{
    [Theory]
    [InlineData("/results")]
    [InlineData("/results?run=" + ResultsSeed.RunId)]
    [InlineData("/configuration")]
    [InlineData("/system")]
    [InlineData("/tasks/" + ResultsSeed.RunId + "/r1/" + ResultsSeed.TrialId + "/" + ResultsSeed.Model + "/" + ResultsSeed.Prompt)]
    public async Task Page_renders_with_its_heading(string address)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var response = await server.Client.GetAsync(new Uri(address, UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("css/insights.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_run_query_asks_for_a_run_instead_of_failing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var response = await server.Client.GetAsync(new Uri("/results?run=&compare=", UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a run.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_page_of_a_144_task_run_is_under_400_KB()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ManyCombinationsSeed.SeedAsync(environment, cancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var response = await server.Client.GetAsync(new Uri("/results?run=" + ManyCombinationsSeed.RunId, UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsByteArrayAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Per entity type", System.Text.Encoding.UTF8.GetString(html), StringComparison.Ordinal); // the tables rendered
        Assert.True(html.Length < 400 * 1024, $"The results page is {html.Length / 1024} KB; it must stay under 400 KB (exports are links, not inlined files).");
        TestContext.Current.TestOutputHelper?.WriteLine($"results page: {html.Length} bytes");
    }

    [Fact]
    public async Task Plotly_is_served_by_the_tracker_itself()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var script = await server.Client.GetAsync(new Uri("/_content/Plotly.Blazor/plotly-3.7.0.min.js", UriKind.Relative), cancellationToken);
        using var interop = await server.Client.GetAsync(new Uri("/_content/Plotly.Blazor/plotly-interop-7.2.0.js", UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, interop.StatusCode);
    }
}
