using Bunit;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Benchmarks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace McodeBench.Tests.Web.Pages;

public sealed class NewBenchmarkPageTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_default_selection_is_counted_as_the_engine_would_expand_it()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var trialsWithGold = environment.Engine.Workspace.Gold.Keys.Count(environment.Engine.Workspace.Trials.ContainsKey);

        var page = context.Render<NewBenchmarkPage>();

        Assert.Equal("(2 selected)", page.Find("[data-testid=prompt-count]").TextContent);
        Assert.Equal("(1 selected)", page.Find("[data-testid=model-count]").TextContent);
        Assert.Equal($"({trialsWithGold} selected)", page.Find("[data-testid=trial-count]").TextContent);
        Assert.Contains($"make {trialsWithGold} task(s)", page.Find("[data-testid=task-count]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problems] .mud-alert"));
    }

    [Fact]
    public async Task Repeats_multiply_the_task_count()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var trialsWithGold = environment.Engine.Workspace.Gold.Keys.Count(environment.Engine.Workspace.Trials.ContainsKey);
        var page = context.Render<NewBenchmarkPage>();

        var repeats = page.FindComponents<MudNumericField<int>>().Single(f => f.Instance.Label == "Repeats");
        repeats.Find("input").Input("3");

        page.WaitForAssertion(() => Assert.Contains($"make {3 * trialsWithGold} task(s)", page.Find("[data-testid=task-count]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Searching_a_picker_hides_rows_without_dropping_them_from_the_selection()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var page = context.Render<NewBenchmarkPage>();
        var before = page.Find("[data-testid=trial-count]").TextContent;

        page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Search trials").Find("input").Input("NCT99000001");

        page.WaitForAssertion(() => Assert.Single(page.FindComponents<TrialPicker>().Single().FindAll("tbody tr")));
        Assert.Equal(before, page.Find("[data-testid=trial-count]").TextContent);
    }

    [Fact]
    public async Task An_empty_name_and_a_missing_model_are_reported_inline_and_the_run_cannot_start()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var page = context.Render<NewBenchmarkPage>();

        page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Find("input").Input("");
        var models = page.FindComponents<ModelPicker>().Single();
        await models.InvokeAsync(() => models.Instance.SelectedChanged.InvokeAsync([]));

        page.WaitForAssertion(() =>
        {
            var problems = page.Find("[data-testid=problems]").TextContent;
            Assert.Contains("A run needs a name.", problems, StringComparison.Ordinal);
            Assert.Contains("Select at least one model", problems, StringComparison.Ordinal);
        });
        Assert.True(page.Find("[data-testid=run-button]").HasAttribute("disabled"));
        Assert.Contains("Fix the problems below", page.Find("[data-testid=task-count]").TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-input-error", page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name").Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_compliance_on_entities_is_refused_with_what_to_change()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var page = context.Render<NewBenchmarkPage>();

        var rankBy = page.FindComponents<MudSelect<McodeBench.Core.Tasks.Runs.RankingMeasure>>().Single();
        await page.InvokeAsync(() => rankBy.Instance.ValueChanged.InvokeAsync(McodeBench.Core.Tasks.Runs.RankingMeasure.Compliance));

        page.WaitForAssertion(() => Assert.Contains("set the target to Mapping", page.Find("[data-testid=problems]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-testid=run-button]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Starting_stores_the_run_and_opens_its_page()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var context = TrackerComponentContext.Create(environment);
        var page = context.Render<NewBenchmarkPage>();

        page.Find("[data-testid=run-button]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("http://localhost/runs/benchmark-", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(1, (await environment.Database.Runs.ListAsync(cancellationToken: Cancel)).Total);
    }
}
