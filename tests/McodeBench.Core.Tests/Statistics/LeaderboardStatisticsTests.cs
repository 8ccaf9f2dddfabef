using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Statistics;

public sealed class LeaderboardStatisticsTests
{
    [Fact]
    public void Identical_systems_are_tied_with_the_best_and_share_a_rank_band()
    {
        var first = StatisticsEntries.RandomCombination("alpha", trials: 40, repeats: 3, seed: 21);
        var twin = first.Select(e => e with { Task = StatisticsEntries.Task("beta", e.Task.TrialId, e.Task.RepeatIndex) }).ToList();

        var result = LeaderboardStatistics.Compute([.. first, .. twin], RankingMetric.Default);

        Assert.Equal(["alpha", "beta"], result.Rows.Select(r => r.Key.Model)); // equal values: by name, as Leaderboard.Rank
        var best = result.Rows[0];
        var second = result.Rows[1];
        Assert.Null(best.ComparisonToBest);
        Assert.True(best.TiedWithBest);
        Assert.Equal(0, second.ComparisonToBest!.Delta);
        Assert.Equal(1, second.ComparisonToBest.PValue);
        Assert.Equal(1, second.PValueHolm);
        Assert.True(second.TiedWithBest);
        Assert.Equal("1–2", best.RankBand);
        Assert.Equal("1–2", second.RankBand);
    }

    [Fact]
    public void A_clearly_worse_system_is_not_tied_and_keeps_its_own_rank()
    {
        var good = Enumerable.Range(0, 30).Select(t => StatisticsEntries.Entry("good", $"T{t:D2}", 0, (8 + (t % 3), 0, 0, 2 - (t % 3), 1))).ToList();
        var same = Enumerable.Range(0, 30).Select(t => StatisticsEntries.Entry("same", $"T{t:D2}", 0, (8 + ((t + 1) % 3), 0, 0, 2 - ((t + 1) % 3), 1))).ToList();
        var poor = Enumerable.Range(0, 30).Select(t => StatisticsEntries.Entry("poor", $"T{t:D2}", 0, (3 + (t % 2), 0, 0, 7 - (t % 2), 4))).ToList();

        var result = LeaderboardStatistics.Compute([.. poor, .. same, .. good], RankingMetric.Default);

        var rows = result.Rows.ToDictionary(r => r.Key.Model);
        Assert.Equal(3, rows["poor"].Rank);
        Assert.False(rows["poor"].TiedWithBest);
        Assert.Equal("3", rows["poor"].RankBand);
        Assert.True(rows["poor"].ComparisonToBest!.Delta < 0);
        Assert.True(rows["poor"].PValueHolm < 0.05);
        Assert.True(rows["poor"].QValueBh <= rows["poor"].PValueHolm);
        Assert.True(rows["same"].TiedWithBest); // same counts, shifted across trials: identical totals
        Assert.Equal("1–2", rows["good"].RankBand);
        Assert.Equal(result.Best, result.Rows[0].Key);
        Assert.Same(rows["poor"], result.Find(rows["poor"].Key));
    }

    [Fact]
    public void Shuffling_entries_and_combinations_changes_nothing()
    {
        List<LeaderboardEntry> entries =
        [
            .. StatisticsEntries.RandomCombination("a", trials: 20, repeats: 2, seed: 31),
            .. StatisticsEntries.RandomCombination("b", trials: 20, repeats: 2, seed: 32),
            .. StatisticsEntries.RandomCombination("c", trials: 20, repeats: 2, seed: 33),
        ];

        var ordered = LeaderboardStatistics.Compute(entries, RankingMetric.Default);
        var shuffled = LeaderboardStatistics.Compute(Enumerable.Reverse(entries).ToList(), RankingMetric.Default);

        Assert.Equal(ordered.Rows.Select(r => r.Key), shuffled.Rows.Select(r => r.Key));
        Assert.Equal(ordered.Rows.Select(r => r.RankValue), shuffled.Rows.Select(r => r.RankValue));
        Assert.Equal(ordered.Rows.Select(r => r.ComparisonToBest?.PValue), shuffled.Rows.Select(r => r.ComparisonToBest?.PValue));
        Assert.Equal(ordered.Rows.Select(r => r.ComparisonToBest?.DeltaCi), shuffled.Rows.Select(r => r.ComparisonToBest?.DeltaCi));
        Assert.Equal(ordered.Rows.Select(r => r.PValueHolm), shuffled.Rows.Select(r => r.PValueHolm));
    }

    [Fact]
    public void Cost_per_correct_entity_is_billed_cost_over_cor_and_undefined_without_a_correct_entity()
    {
        List<LeaderboardEntry> entries =
        [
            StatisticsEntries.Entry("paid", "T1", 0, (3, 0, 0, 1, 0), cost: 0.06m),
            StatisticsEntries.Entry("paid", "T2", 0, (1, 0, 0, 3, 0), cost: 0.02m),
            StatisticsEntries.Entry("blind", "T1", 0, (0, 0, 0, 4, 0), cost: 0.01m),
        ];

        var rows = LeaderboardStatistics.Compute(entries, RankingMetric.Default).Rows.ToDictionary(r => r.Key.Model);

        Assert.Equal(0.02m, rows["paid"].Cost.CostPerCorrectEntity); // 0.08 / 4
        Assert.Equal(0m, rows["paid"].Cost.WouldBeCostPerCorrectEntity);
        Assert.Equal(2.0 / 3 / 0.04, rows["paid"].Cost.RankValuePerDollar!.Value, 9); // F1 2/3 (P 4/4, R 4/8) over $0.04 a task
        Assert.Null(rows["blind"].Cost.CostPerCorrectEntity);
    }

    [Fact]
    public void Stability_is_null_without_repeats()
    {
        var entries = StatisticsEntries.RandomCombination("m", trials: 5, repeats: 1, seed: 41);

        var row = Assert.Single(LeaderboardStatistics.Compute(entries, RankingMetric.Default).Rows);

        Assert.Null(row.Stability);
        Assert.True(row.ParetoOptimal); // alone, with a defined metric
    }
}
