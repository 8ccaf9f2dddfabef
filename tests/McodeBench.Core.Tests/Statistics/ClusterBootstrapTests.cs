using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Strata;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Statistics;

public sealed class ClusterBootstrapTests
{
    [Fact]
    public void The_interval_collapses_to_the_point_when_every_trial_is_identical()
    {
        var entries = Enumerable.Range(0, 12)
            .SelectMany(t => Enumerable.Range(0, 2).Select(r => StatisticsEntries.Entry("m", $"T{t:D2}", r, (6, 1, 0, 3, 2), cost: 0.01m, latencyMs: 500)))
            .ToList();

        var row = Assert.Single(LeaderboardStatistics.Compute(entries, RankingMetric.Default).Rows);

        // P = 6/9, R = 6/10, F1 = 2PR/(P+R) = 12/19 in every resample.
        Assert.Equal(12.0 / 19, row.RankValue.Point!.Value, 12);
        foreach (var figure in row.Figures.Values)
        {
            Assert.NotNull(figure.Interval);
            Assert.Equal(figure.Point, figure.Interval.Lower);
            Assert.Equal(figure.Point, figure.Interval.Upper);
            Assert.Equal(0, figure.UndefinedResamples);
        }

        Assert.Equal(0.01, row.Figures[StatisticFigure.CostPerTask].Point!.Value, 12);
        Assert.Equal(500, row.Figures[StatisticFigure.LatencyMeanMs].Point);
    }

    [Fact]
    public void The_point_is_the_leaderboard_figure_and_the_interval_contains_it()
    {
        var entries = StatisticsEntries.RandomCombination("m", trials: 60, repeats: 3, seed: 11);
        var metric = new RankingMetric(RankingMeasure.F1, RankingTarget.Entity, McodeBench.Core.Scoring.EntityScheme.Strict);
        var leaderboard = Leaderboard.Build(entries, new McodeBench.Core.Library.ModelLibrary([]), metric);

        var row = Assert.Single(LeaderboardStatistics.Compute(entries, metric).Rows);

        Assert.Equal(leaderboard[0].RankValue, row.RankValue.Point);
        Assert.Equal(leaderboard[0].MappingF1Lenient, row.Figures[StatisticFigure.MappingLenientF1].Point);
        Assert.Equal(leaderboard[0].Compliance, row.Figures[StatisticFigure.Compliance].Point);
        Assert.True(row.RankValue.Interval!.Lower < row.RankValue.Point && row.RankValue.Point < row.RankValue.Interval.Upper);
        Assert.Equal(60, row.Trials);
        Assert.Equal(180, row.Tasks);
        Assert.Equal(2000, row.RankValue.Resamples);
    }

    [Fact]
    public void The_same_input_gives_the_same_interval_in_any_order()
    {
        var entries = StatisticsEntries.RandomCombination("m", trials: 30, repeats: 2, seed: 12);
        var shuffled = entries.OrderBy(e => e.Task.Id.Length).ThenByDescending(e => e.Task.Id, StringComparer.Ordinal).ToList();

        var first = Assert.Single(LeaderboardStatistics.Compute(entries, RankingMetric.Default).Rows);
        var second = Assert.Single(LeaderboardStatistics.Compute(shuffled, RankingMetric.Default).Rows);

        foreach (var figure in StatisticFigures.All)
        {
            Assert.Equal(first.Figures[figure], second.Figures[figure]);
        }
    }

    [Fact]
    public void Undefined_resamples_are_counted_and_too_many_withhold_the_interval()
    {
        // Only T0 predicts anything: precision is defined at the point (1 of 1), but a resample that misses T0
        // (probability (4/5)^5 ≈ 0.33) has nothing predicted and no precision.
        var entries = Enumerable.Range(0, 5)
            .Select(t => StatisticsEntries.Entry("m", $"T{t}", 0, t == 0 ? (1, 0, 0, 1, 0) : (0, 0, 0, 2, 0)))
            .ToList();

        var row = Assert.Single(LeaderboardStatistics.Compute(entries, new RankingMetric(RankingMeasure.Precision)).Rows);

        Assert.Equal(1.0, row.RankValue.Point);
        Assert.InRange(row.RankValue.UndefinedResamples, 500, 820);
        Assert.Null(row.RankValue.Interval);
    }

    [Fact]
    public void An_undefined_point_has_no_interval()
    {
        var entries = Enumerable.Range(0, 5).Select(t => StatisticsEntries.Entry("m", $"T{t}", 0, (0, 0, 0, 2, 0))).ToList();

        var row = Assert.Single(LeaderboardStatistics.Compute(entries, new RankingMetric(RankingMeasure.Precision)).Rows);

        Assert.Null(row.RankValue.Point);
        Assert.Null(row.RankValue.Interval);
        Assert.Equal(2000, row.RankValue.UndefinedResamples);
    }

    [Fact]
    public void Strata_with_too_few_trials_say_so_instead_of_giving_an_interval()
    {
        var entries = StatisticsEntries.RandomCombination("m", trials: 14, repeats: 2, seed: 13);
        var strata = entries.Select(e => e.Task.TrialId).Distinct().ToDictionary(t => t, t => string.CompareOrdinal(t, "NCT0012") < 0 ? "breast" : "lung");

        var rows = StratifiedStatistics.Compute(entries, strata);

        Assert.Equal(["breast", "lung"], rows.Select(r => r.Stratum));
        Assert.False(rows[0].TooFewTrials);
        Assert.Equal(12, rows[0].Trials);
        Assert.NotNull(rows[0].Figures![StatisticFigure.EntityTypeF1].Interval);
        Assert.True(rows[1].TooFewTrials);
        Assert.Equal(2, rows[1].Trials);
        Assert.Null(rows[1].Figures);
    }

    [Fact]
    public void Text_length_tertiles_split_by_rank_and_keep_equal_lengths_together()
    {
        var lengths = new Dictionary<string, int> { ["a"] = 100, ["b"] = 300, ["c"] = 200, ["d"] = 900, ["e"] = 300, ["f"] = 50 };

        var tertiles = TextLengthTertiles.Assign(lengths);

        // Sorted: f 50, a 100, c 200, b 300, e 300, d 900; rank i goes to ⌊3i/6⌋: c (2) and b (3) medium, e joins b, d (5) long.
        Assert.Equal("short", tertiles["f"]);
        Assert.Equal("short", tertiles["a"]);
        Assert.Equal("medium", tertiles["c"]);
        Assert.Equal("medium", tertiles["b"]);
        Assert.Equal("medium", tertiles["e"]);
        Assert.Equal("long", tertiles["d"]);
    }
}
