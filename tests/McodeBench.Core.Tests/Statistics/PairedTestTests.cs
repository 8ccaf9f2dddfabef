using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Statistics;

public sealed class PairedTestTests
{
    private static readonly RankingMetric Recall = new(RankingMeasure.Recall, RankingTarget.Entity, EntityScheme.Type);

    /// <summary>
    /// Four trials, ten gold entities each, nothing spurious. COR of A: 8, 6, 7, 9 (recall 30/40); of B: 5, 6, 4, 7
    /// (22/40). Δ = 8/40 = 0.2. Per-trial differences d = (3, 0, 3, 2). Swapping the set S moves D = Σ_S d from A to B,
    /// so Δ' = (8 − 2D)/40, and |Δ'| ≥ |Δ| needs D = 0 or D = 8. The 16 assignments (D, Δ'·40):
    ///   {}        0   8  extreme      {1,2}     3   2
    ///   {1}       3   2               {1,3}     6  −4
    ///   {2}       0   8  extreme      {1,4}     5  −2
    ///   {3}       3   2               {2,3}     3   2
    ///   {4}       2   4               {2,4}     2   4
    ///   {3,4}     5  −2               {1,2,3}   6  −4
    ///   {1,2,4}   5  −2               {1,3,4}   8  −8  extreme
    ///   {2,3,4}   5  −2               {1,2,3,4} 8  −8  extreme
    /// Four of sixteen are at least as extreme: p = 4/16 = 0.25 exactly.
    /// </summary>
    [Fact]
    public void Exact_p_value_enumerates_all_sixteen_swaps_of_four_trials()
    {
        int[] corA = [8, 6, 7, 9];
        int[] corB = [5, 6, 4, 7];
        var a = corA.Select((cor, t) => StatisticsEntries.Entry("a", $"T{t + 1}", 0, (cor, 0, 0, 10 - cor, 0))).ToList();
        var b = corB.Select((cor, t) => StatisticsEntries.Entry("b", $"T{t + 1}", 0, (cor, 0, 0, 10 - cor, 0))).ToList();

        var result = PairedTest.Compare(a, b, Recall);

        Assert.Equal(0.75, result.ValueA!.Value, 12);
        Assert.Equal(0.55, result.ValueB!.Value, 12);
        Assert.Equal(0.2, result.Delta!.Value, 12);
        Assert.True(result.Exact);
        Assert.Equal(16, result.Permutations);
        Assert.Equal(0.25, result.PValue);
        Assert.Equal(4, result.TrialsPaired);
        Assert.Empty(result.UnpairedTasks);
    }

    [Fact]
    public void Identical_systems_give_zero_delta_a_ci_containing_zero_and_p_one()
    {
        var a = StatisticsEntries.RandomCombination("a", trials: 40, repeats: 2, seed: 7);
        var b = a.Select(e => e with { Task = StatisticsEntries.Task("b", e.Task.TrialId, e.Task.RepeatIndex) }).ToList();

        var result = PairedTest.Compare(a, b, RankingMetric.Default);

        Assert.Equal(0, result.Delta);
        Assert.NotNull(result.DeltaCi);
        Assert.True(result.DeltaCi.Contains(0));
        Assert.Equal(1, result.PValue);
        Assert.False(result.Exact);
        Assert.Equal(9999, result.Permutations);
    }

    [Fact]
    public void Swapping_the_sides_negates_delta_and_its_interval_and_keeps_p()
    {
        var a = StatisticsEntries.RandomCombination("a", trials: 30, repeats: 3, seed: 1);
        var b = StatisticsEntries.RandomCombination("b", trials: 30, repeats: 3, seed: 2);

        var ab = PairedTest.Compare(a, b, RankingMetric.Default);
        var ba = PairedTest.Compare(b, a, RankingMetric.Default);

        Assert.NotEqual(0, ab.Delta!.Value);
        Assert.Equal(-ab.Delta.Value, ba.Delta!.Value, 12);
        Assert.Equal(-ab.DeltaCi!.Upper, ba.DeltaCi!.Lower, 12);
        Assert.Equal(-ab.DeltaCi.Lower, ba.DeltaCi.Upper, 12);
        Assert.Equal(ab.PValue, ba.PValue);
        Assert.Equal(ab.DeltaStandardError!.Value, ba.DeltaStandardError!.Value, 12);
    }

    [Fact]
    public void Exact_p_value_is_the_same_for_swapped_sides()
    {
        var a = StatisticsEntries.RandomCombination("a", trials: 10, repeats: 2, seed: 3);
        var b = StatisticsEntries.RandomCombination("b", trials: 10, repeats: 2, seed: 4);

        var ab = PairedTest.Compare(a, b, RankingMetric.Default);
        var ba = PairedTest.Compare(b, a, RankingMetric.Default);

        Assert.True(ab.Exact);
        Assert.Equal(1024, ab.Permutations);
        Assert.Equal(ab.PValue, ba.PValue);
    }

    [Fact]
    public void Shuffling_the_order_of_tasks_changes_nothing()
    {
        var a = StatisticsEntries.RandomCombination("a", trials: 25, repeats: 3, seed: 5);
        var b = StatisticsEntries.RandomCombination("b", trials: 25, repeats: 3, seed: 6);
        var shuffledA = a.OrderBy(e => e.Task.Id.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();
        var shuffledB = Enumerable.Reverse(b).ToList();

        var ordered = PairedTest.Compare(a, b, RankingMetric.Default);
        var shuffled = PairedTest.Compare(shuffledA, shuffledB, RankingMetric.Default);

        Assert.Equal(ordered.Delta, shuffled.Delta);
        Assert.Equal(ordered.DeltaCi, shuffled.DeltaCi);
        Assert.Equal(ordered.PValue, shuffled.PValue);
    }

    [Fact]
    public void Tasks_attempted_by_one_side_are_left_out_and_listed()
    {
        List<LeaderboardEntry> a =
        [
            StatisticsEntries.Entry("a", "T1", 0, (5, 0, 0, 5, 0)),
            StatisticsEntries.Entry("a", "T1", 1, (9, 0, 0, 1, 0)),
            StatisticsEntries.Entry("a", "T2", 0, (5, 0, 0, 5, 0)),
        ];
        List<LeaderboardEntry> b =
        [
            StatisticsEntries.Entry("b", "T1", 0, (5, 0, 0, 5, 0)),
            StatisticsEntries.Entry("b", "T2", 0, (5, 0, 0, 5, 0)),
            StatisticsEntries.Entry("b", "T3", 0, (0, 0, 0, 10, 0)),
        ];

        var result = PairedTest.Compare(a, b, Recall);

        Assert.Equal(0, result.Delta); // T1 repeat 1 and T3 are unpaired; what is paired is identical
        Assert.Equal(2, result.TrialsPaired);
        Assert.Equal(2, result.TasksPaired);
        Assert.Equal([new UnpairedTask("T1", 1, "a"), new UnpairedTask("T3", 0, "b")], result.UnpairedTasks);
    }

    [Fact]
    public void Minimum_detectable_difference_is_2_8_standard_errors_at_the_default_alpha()
    {
        var a = StatisticsEntries.RandomCombination("a", trials: 30, repeats: 1, seed: 8);
        var b = StatisticsEntries.RandomCombination("b", trials: 30, repeats: 1, seed: 9);

        var result = PairedTest.Compare(a, b, RankingMetric.Default, StatisticsOptions.Default);

        Assert.Equal(2.8016, result.MinimumDetectableDifference!.Value / result.DeltaStandardError!.Value, 3);
    }
}
