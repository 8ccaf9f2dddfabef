using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Reports.Tables;

/// <summary>A combination's figures in either view, its spread across repeats, and ranking in the chosen view.</summary>
public sealed class CombinationFiguresTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Repeat_deviation_is_the_sample_standard_deviation_of_the_repeats_micro_figure()
    {
        var row = Assert.Single(Leaderboard.Build(ResultsFixture.Simulated, ResultsFixture.Models, RankingMetric.Default));

        // F1 per repeat 1, 0.5, 0: SD 0.5; without the failed repeat 1, 0.5: SD √0.125.
        Assert.Equal(0.5, CombinationFigures.RepeatDeviation(row, RankingMetric.Default, AggregateView.AllAttempts)!.Value, Tolerance);
        Assert.Equal(Math.Sqrt(0.125), CombinationFigures.RepeatDeviation(row, RankingMetric.Default, AggregateView.SuccessfulOnly)!.Value, Tolerance);
        Assert.Null(CombinationFigures.RepeatDeviation(row, new RankingMetric(RankingMeasure.Compliance, RankingTarget.Mapping, EntityScheme.Type), AggregateView.AllAttempts));
        Assert.Equal(0.01m, CombinationFigures.CostPerTask(row));
    }

    [Fact]
    public void Ranking_in_the_successful_only_view_can_reorder_the_leaderboard_with_the_same_rules()
    {
        var rows = Leaderboard.Build(ResultsFixture.SimulatedAndHalf, ResultsFixture.Models, RankingMetric.Default);

        // All attempts: half 2/3 > sim 0.6 (the failed repeat drags sim down); successful only: sim 0.75 > half 2/3.
        Assert.Equal(["half", "sim"], Leaderboard.RankIn(rows, RankingMetric.Default, AggregateView.AllAttempts).Select(r => r.Model));
        var successful = Leaderboard.RankIn(rows, RankingMetric.Default, AggregateView.SuccessfulOnly);
        Assert.Equal(["sim", "half"], successful.Select(r => r.Model));
        Assert.Equal([1, 2], successful.Select(r => r.Rank));

        // The rank value stays the all-attempts value the run ranks by.
        Assert.Equal(0.6, successful[0].RankValue!.Value, Tolerance);
        Assert.Equal(0.75, CombinationFigures.Value(successful[0], RankingMetric.Default, AggregateView.SuccessfulOnly)!.Value, Tolerance);
        Assert.Equal("sim", Assert.Single(Leaderboard.RankIn(rows, RankingMetric.Default, AggregateView.SuccessfulOnly, top: 1)).Model);
    }

    [Fact]
    public void Ranking_in_the_all_attempts_view_is_the_leaderboards_own_order()
    {
        var built = Leaderboard.Build(ResultsFixture.SimulatedAndHalf, ResultsFixture.Models, RankingMetric.Default);

        Assert.Equal(built, Leaderboard.RankIn(built.Reverse(), RankingMetric.Default, AggregateView.AllAttempts));
    }

    [Fact]
    public void Metric_counts_read_entity_counts_or_mapping_counts_and_compliance_reads_lenient_mappings()
    {
        Assert.Equal(MappingScheme.Strict, MetricCounts.MappingSchemeOf(new RankingMetric(RankingMeasure.F1, RankingTarget.Mapping, EntityScheme.Strict)));
        Assert.Equal(MappingScheme.Lenient, MetricCounts.MappingSchemeOf(new RankingMetric(RankingMeasure.F1, RankingTarget.Mapping, EntityScheme.Type)));
        Assert.Equal(MappingScheme.Lenient, MetricCounts.MappingSchemeOf(new RankingMetric(RankingMeasure.Compliance, RankingTarget.Mapping, EntityScheme.Strict)));

        var report = ResultsFixture.Simulated[1].Score!.Report;
        Assert.Equal(report.Entities.Type, MetricCounts.Of(report, RankingMetric.Default));
        Assert.Equal(report.Mappings.Lenient, MetricCounts.Of(report, new RankingMetric(RankingMeasure.Compliance, RankingTarget.Mapping, EntityScheme.Strict)));
    }
}
