using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.RunComparisons;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Statistics;

public sealed class RunComparisonTests
{
    [Fact]
    public void Pairs_combinations_and_tasks_and_lists_improvements_and_the_trials_that_moved_most()
    {
        var steady = StatisticsEntries.RandomCombination("steady", trials: 30, repeats: 2, seed: 51);
        var before = Enumerable.Range(0, 30).SelectMany(t => Enumerable.Range(0, 2)
            .Select(r => StatisticsEntries.Entry("tuned", $"T{t:D2}", r, (4, 0, 0, 6, 2)))).ToList();
        var after = Enumerable.Range(0, 30).SelectMany(t => Enumerable.Range(0, 2)
            .Select(r => StatisticsEntries.Entry("tuned", $"T{t:D2}", r, t == 7 ? (10, 0, 0, 0, 0) : (8, 0, 0, 2, 1)))).ToList();
        var dropped = StatisticsEntries.RandomCombination("dropped", trials: 3, repeats: 1, seed: 52);

        var result = RunComparison.Compute([.. steady, .. before, .. dropped], [.. steady, .. after], RankingMetric.Default);

        Assert.Equal(["steady", "tuned"], result.Rows.Select(r => r.Key.Model));
        Assert.Equal("dropped", Assert.Single(result.OnlyInA).Model);
        Assert.Empty(result.OnlyInB);
        var steadyRow = result.Rows[0];
        Assert.Equal(0, steadyRow.Comparison.Delta);
        Assert.Equal(RunChange.NoSignificantChange, steadyRow.Change);
        Assert.Empty(steadyRow.Flips);
        var tuned = result.Rows[1];
        Assert.True(tuned.Comparison.Delta > 0); // Δ = run B − run A
        Assert.Equal(RunChange.Improvement, tuned.Change);
        Assert.Equal(30, tuned.Comparison.TrialsPaired);
        Assert.Equal(60, tuned.Comparison.TasksPaired);
        Assert.Equal("tuned", Assert.Single(result.Improvements).Key.Model);
        Assert.Empty(result.Regressions);
        Assert.Equal(10, tuned.Flips.Count);
        Assert.Equal("T07", tuned.Flips[0].TrialId); // F1 0.5 → 1.0 moved most
        Assert.Equal(0.5, tuned.Flips[0].Delta, 12);
        Assert.Equal(0.5, tuned.Flips[0].ValueA!.Value, 12);
    }

    [Fact]
    public void A_worse_run_b_is_a_regression()
    {
        var before = Enumerable.Range(0, 20).Select(t => StatisticsEntries.Entry("m", $"T{t:D2}", 0, (8, 0, 0, 2, 1))).ToList();
        var after = Enumerable.Range(0, 20).Select(t => StatisticsEntries.Entry("m", $"T{t:D2}", 0, (4, 0, 0, 6, 3))).ToList();

        var result = RunComparison.Compute(before, after, RankingMetric.Default);

        var row = Assert.Single(result.Rows);
        Assert.Equal(RunChange.Regression, row.Change);
        Assert.True(row.Comparison.DeltaCi!.Upper < 0);
        Assert.Equal(row.Comparison.PValue, row.PValueHolm); // one row: nothing to adjust
    }
}
