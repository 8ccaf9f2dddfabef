using Bunit;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Configuration;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.Configuration;

public sealed class ModelsPanelTests
{
    private const string Secret = "sk-test-DO-NOT-SHOW-4242";

    [Fact]
    public async Task Shows_whether_a_key_is_set_and_never_its_value()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        environment.Variables["OPENAI_API_KEY"] = Secret;
        await using var context = new PageTestContext(environment);

        var panel = context.Render<ModelsPanel>(p => p.Add(c => c.Library, environment.Engine.Workspace.Models));

        Assert.DoesNotContain(Secret, panel.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("DO-NOT-SHOW", panel.Markup, StringComparison.Ordinal);
        Assert.Equal("OPENAI_API_KEY is set", panel.Find("td[data-api-key=\"gpt-4o-mini\"]").TextContent.Trim());
        Assert.Equal("DEEPSEEK_API_KEY is not set", panel.Find("td[data-api-key=\"deepseek-chat\"]").TextContent.Trim());
        Assert.Equal("no key needed", panel.Find("td[data-api-key=\"rules-baseline\"]").TextContent.Trim());
    }

    [Fact]
    public async Task Simulated_models_are_labelled()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var context = new PageTestContext(environment);

        var panel = context.Render<ModelsPanel>(p => p.Add(c => c.Library, environment.Engine.Workspace.Models));

        var row = panel.FindAll("tr").Single(r => r.QuerySelector("td[data-api-key=\"simulated-gpt\"]") is not null);
        Assert.Contains("simulated", row.QuerySelector("td")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_configuration_page_never_renders_a_key_value()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        environment.Variables["OPENAI_API_KEY"] = Secret;
        environment.Variables["ANTHROPIC_API_KEY"] = Secret;
        await using var context = new PageTestContext(environment);

        var page = context.Render<ConfigurationPage>();

        Assert.Contains("Configuration", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, page.Markup, StringComparison.Ordinal);
    }
}
