using Bunit;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Tracker;

namespace McodeBench.Tests.Web.Pages;

public sealed class TrackerPageTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tasks_show_with_status_counts_a_simulated_label_and_undefined_scores_as_a_dash()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await environment.Engine.StartRunAsync(
            new RunSpec { Name = "t", PromptKeys = ["extract-structured", "map-coded"], ModelKeys = ["rules-baseline", "simulated-gpt"], TrialIds = ["NCT99000001"] },
            Cancel);
        await using var context = TrackerComponentContext.Create(environment);

        var page = context.Render<TrackerPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr.mud-table-row").Count));
        Assert.Equal("2", page.Find("button[data-status=Pending] [data-count]").TextContent);
        Assert.Equal("0", page.Find("button[data-status=Completed] [data-count]").TextContent);
        var simulatedRow = page.FindAll("tbody tr.mud-table-row").Single(r => r.TextContent.Contains("simulated-gpt", StringComparison.Ordinal));
        Assert.Contains("simulated", simulatedRow.QuerySelector("td[data-label=Model]")!.TextContent.Replace("simulated-gpt", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(page.FindAll("td[data-label='Entity F1 (type)']"), cell => Assert.Equal("—", cell.TextContent.Trim()));
    }

    [Fact]
    public void The_filter_turns_into_the_repository_query_with_the_chosen_score_column()
    {
        var filter = new TrackerFilter
        {
            Statuses = [TrackedTaskStatus.Failed],
            RunId = " r1 ",
            Text = "  ",
            MinScore = 0.5,
            ScoreColumn = McodeBench.Engine.Persistence.Tasks.TaskScoreColumn.MappingF1Strict,
        };

        var byScore = filter.ToQuery("score", descending: true, offset: 50, limit: 25);
        var unknown = filter.ToQuery("colour", descending: false, offset: 0, limit: 25);

        Assert.Equal("r1", byScore.RunId);
        Assert.Null(byScore.Text);
        Assert.Equal([TrackedTaskStatus.Failed], byScore.Statuses);
        Assert.Equal("MappingF1Strict", byScore.SortBy);
        Assert.Equal(McodeBench.Engine.Persistence.Tasks.TaskScoreColumn.MappingF1Strict, byScore.MinScoreColumn);
        Assert.True(byScore.Descending);
        Assert.Equal(50, byScore.Offset);
        Assert.Equal("Sequence", unknown.SortBy);
    }
}
