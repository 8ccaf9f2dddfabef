using Bunit;
using TestContext = Xunit.TestContext;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Results;

namespace McodeBench.Tests.Web.Results;

public sealed class ResultsPageTests
{
    [Fact]
    public async Task Summary_shows_the_hand_computed_figures_and_a_dash_for_undefined_compliance()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ResultsPage>($"/results?run={ResultsSeed.RunId}");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-figure]")), TimeSpan.FromSeconds(10));
        Assert.Equal("0.500", Figure(page, "F1 mean"));
        Assert.Equal("0.750", Figure(page, "Precision median"));
        Assert.Equal("66.7%", Figure(page, "Success rate"));
        Assert.Equal("$0.0050", Figure(page, "Cache savings (USD)"));
        Assert.Equal("—", Figure(page, "Compliance"));
    }

    [Fact]
    public async Task Simulated_model_is_labelled_in_the_tables()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ResultsPage>($"/results?run={ResultsSeed.RunId}");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-figure]")), TimeSpan.FromSeconds(10));
        var rowsWithModel = page.FindAll("tr").Where(row => row.TextContent.Contains(ResultsSeed.Model, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rowsWithModel);
        Assert.All(rowsWithModel, row => Assert.Contains("simulated", row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloads_are_links_to_the_export_endpoint_in_the_shown_metric_not_inlined_files()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ResultsPage>($"/results?run={ResultsSeed.RunId}");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("td[data-figure]")), TimeSpan.FromSeconds(10));
        var links = page.FindAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, href => Assert.StartsWith($"/api/runs/{ResultsSeed.RunId}/export?level=combo&format=", href, StringComparison.Ordinal));
        Assert.Contains(links, href => href.Contains("format=csv&measure=f1&target=entity&scheme=type&view=all_attempts", StringComparison.Ordinal));
        Assert.DoesNotContain("data:", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_run_says_so()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ResultsPage>("/results?run=nope");

        page.WaitForAssertion(() => Assert.Contains("There is no run 'nope'", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    private static string Figure(IRenderedComponent<ResultsPage> page, string name) =>
        page.Find($"td[data-figure=\"{name}\"]").TextContent.Trim();
}
