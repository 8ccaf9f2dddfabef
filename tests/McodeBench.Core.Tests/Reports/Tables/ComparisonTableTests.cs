using McodeBench.Core.Reports.Comparisons;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Reports.Tables;

/// <summary>Model and prompt comparisons of <see cref="ResultsFixture.SimulatedAndGood"/>: micro figures from summed counts.</summary>
public sealed class ComparisonTableTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void By_model_sums_each_models_counts_and_labels_the_simulated_one()
    {
        var rows = ComparisonTable.ByModel(ResultsFixture.SimulatedAndGood, ResultsFixture.Models, RankingMetric.Default, AggregateView.AllAttempts);

        Assert.Equal(["good", "sim"], rows.Select(r => r.Key));
        var sim = rows[1];
        Assert.True(sim.Simulated);
        Assert.False(rows[0].Simulated);

        // COR 2 + 1 + 0, MIS 0 + 1 + 2, SPU 0 + 1 + 0: P = 3/4, R = 3/6, F1 = 0.6.
        Assert.Equal((3, 1), (sim.Tasks, sim.FailedTasks));
        Assert.Equal(1.0 / 3, sim.FailureRate!.Value, Tolerance);
        Assert.Equal(0.75, sim.Precision!.Value, Tolerance);
        Assert.Equal(0.5, sim.Recall!.Value, Tolerance);
        Assert.Equal(0.6, sim.F1!.Value, Tolerance);
        Assert.Null(sim.Compliance);
        Assert.Equal(0.03m, sim.Cost);
        Assert.Equal(400, sim.LatencyP50Ms!.Value, Tolerance);
        Assert.Equal(1.0, rows[0].F1!.Value, Tolerance);
    }

    [Fact]
    public void Successful_only_leaves_the_failed_task_out_of_the_figures_but_not_out_of_the_failures()
    {
        var sim = ComparisonTable.ByModel(ResultsFixture.SimulatedAndGood, ResultsFixture.Models, RankingMetric.Default, AggregateView.SuccessfulOnly).Single(r => r.Key == "sim");

        // COR 3, MIS 1, SPU 1.
        Assert.Equal(0.75, sim.Recall!.Value, Tolerance);
        Assert.Equal(0.75, sim.F1!.Value, Tolerance);
        Assert.Equal(1, sim.FailedTasks);
    }

    [Fact]
    public void By_prompt_sums_every_models_tasks_of_the_prompt()
    {
        var row = Assert.Single(ComparisonTable.ByPrompt(ResultsFixture.SimulatedAndGood, RankingMetric.Default, AggregateView.AllAttempts));

        // COR 5, MIS 3, SPU 1: P = 5/6, R = 5/8, F1 = 5/7.
        Assert.Equal(ResultsFixture.Prompt, row.Key);
        Assert.Equal((4, 1), (row.Tasks, row.FailedTasks));
        Assert.Equal(5.0 / 6, row.Precision!.Value, Tolerance);
        Assert.Equal(5.0 / 8, row.Recall!.Value, Tolerance);
        Assert.Equal(5.0 / 7, row.F1!.Value, Tolerance);
        Assert.False(row.Simulated);
    }

    [Fact]
    public void A_key_with_no_scored_task_has_undefined_figures_not_zero()
    {
        var failedOnly = ResultsFixture.Simulated.Where(e => e.Failure is not null).ToList();

        var row = Assert.Single(ComparisonTable.ByModel(failedOnly, ResultsFixture.Models, RankingMetric.Default, AggregateView.SuccessfulOnly));

        Assert.Null(row.Precision);
        Assert.Null(row.Recall);
        Assert.Null(row.F1);
        Assert.Equal(1.0, row.FailureRate);
    }
}
