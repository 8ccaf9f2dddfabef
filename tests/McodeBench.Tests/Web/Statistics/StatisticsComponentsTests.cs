using Bunit;
using McodeBench.Core.Reports;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Results;
using McodeBench.Web.Components;
using McodeBench.Web.Pages.Results;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace McodeBench.Tests.Web.Statistics;

public sealed class StatisticsComponentsTests : IAsyncDisposable
{
    private readonly BunitContext context = new();

    public StatisticsComponentsTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Render<MudPopoverProvider>();
    }

    /// <summary>
    /// Two identical perfect combinations on 12 trials and one that misses the medication on every trial: the first two
    /// cannot be told apart (Δ = 0, p = 1), so both are in band "1–2"; the third is worse on all 12 trials (exact
    /// p = 2/4096, Holm-adjusted still far below 0.05), so it keeps its own rank 3 and is not tied.
    /// </summary>
    private static IReadOnlyList<LeaderboardRow> Leaderboard3() => Leaderboard.Build(
        StatisticsFixture.Entries("run", "model-a", StatisticsFixture.Answer.Both, 12)
            .Concat(StatisticsFixture.Entries("run", "model-b", StatisticsFixture.Answer.Both, 12))
            .Concat(StatisticsFixture.Entries("run", "model-c", StatisticsFixture.Answer.BiomarkerOnly, 12)),
        StatisticsFixture.Models,
        RankingMetric.Default);

    [Fact]
    public void Leaderboard_table_shows_the_metric_with_its_interval_and_the_rank_band()
    {
        var table = context.Render<LeaderboardTable>(p => p.Add(c => c.Rows, Leaderboard3()));

        var values = table.FindAll("[data-figure=rank-value]").Select(e => e.TextContent.Trim()).ToList();
        // Every trial gives the same figure, so each interval collapses onto its point.
        Assert.Equal(["1.000 [1.000, 1.000]", "1.000 [1.000, 1.000]", "0.667 [0.667, 0.667]"], values);
        Assert.Equal(["1–2", "1–2", "3"], table.FindAll("[data-figure=band]").Select(e => e.TextContent.Trim()));
        Assert.Contains("95% interval", table.Find("[data-testid=statistics-legend]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaderboard_table_marks_the_rows_tied_with_the_best_in_words()
    {
        var table = context.Render<LeaderboardTable>(p => p.Add(c => c.Rows, Leaderboard3()));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal("best", rows[0].QuerySelector("[data-tied]")?.TextContent.Trim());
        Assert.Equal("tied with best", rows[1].QuerySelector("[data-tied]")?.TextContent.Trim());
        Assert.Null(rows[2].QuerySelector("[data-tied]"));
        Assert.Contains("mcb-tied-row", rows[1].ClassName, StringComparison.Ordinal);
        // Δ against the best: none on the best row, 0 for the identical one, −1/3 for the worse one, with Holm p.
        Assert.Equal(["—", "0.000 [0.000, 0.000]", "\u22120.333 [\u22120.333, \u22120.333]"], table.FindAll("[data-figure=delta]").Select(e => e.TextContent.Trim()));
        Assert.Equal("1.000", table.FindAll("[data-figure=p-holm]")[1].TextContent.Trim());
        Assert.Equal("<0.001", table.FindAll("[data-figure=p-holm]")[2].TextContent.Trim());
    }

    [Fact]
    public void Leaderboard_without_statistics_shows_dashes_not_zeros()
    {
        var rows = Leaderboard.Rank(Leaderboard.Rows(StatisticsFixture.Entries("run", "model-a", StatisticsFixture.Answer.Both, 2), StatisticsFixture.Models, RankingMetric.Default));

        var table = context.Render<LeaderboardTable>(p => p.Add(c => c.Rows, rows));

        Assert.Equal("—", table.Find("[data-figure=band]").TextContent.Trim());
        Assert.Equal("1.000", table.Find("[data-figure=rank-value]").TextContent.Trim());
        Assert.Empty(table.FindAll("[data-tied]"));
    }

    [Fact]
    public async Task Strata_panel_gives_intervals_per_condition_says_when_too_few_and_follows_the_selector()
    {
        // 12 trials: 10 breast cancer (enough for an interval), 2 lung cancer (fewer than the 10 a stratum needs).
        var entries = StatisticsFixture.Entries("run", "model-a", StatisticsFixture.Answer.BiomarkerOnly, 12).ToList();
        var panel = context.Render<StrataPanel>(p => p
            .Add(c => c.Entries, entries)
            .Add(c => c.Metric, RankingMetric.Default)
            .Add(c => c.Trials, StatisticsFixture.Trials(12, breast: 10))
            .Add(c => c.Sections, McodeBench.Core.Trials.SectionNames.BenchmarkDefault)
            .Add(c => c.IsSimulated, (Func<string, bool>)(_ => false)));

        Assert.Equal(["breast cancer", "lung cancer"], panel.FindAll("[data-figure=stratum]").Select(e => e.TextContent.Trim()));
        Assert.Equal("0.667 [0.667, 0.667]", panel.Find("[data-figure=stratum-value]").TextContent.Trim());
        Assert.Contains("Too few trials for an interval (2 of 10 needed)", panel.Find("[data-figure=too-few]").TextContent, StringComparison.Ordinal);

        var selector = panel.FindComponent<MudSelect<StratumDimension>>();
        await panel.InvokeAsync(() => selector.Instance.ValueChanged.InvokeAsync(StratumDimension.Phase));

        Assert.Equal(["PHASE2"], panel.FindAll("[data-figure=stratum]").Select(e => e.TextContent.Trim()));
        Assert.Empty(panel.FindAll("[data-figure=too-few]"));
        Assert.Contains("Phase", panel.Find("thead").TextContent, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
