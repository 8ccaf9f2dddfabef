using McodeBench.Core.Reports.Summaries;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Reports.Tables;

/// <summary>The summary figures of <see cref="ResultsFixture.Simulated"/> against hand-computed values.</summary>
public sealed class ResultsSummaryTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void All_attempts_view_counts_the_failed_task_as_an_empty_prediction()
    {
        var summary = ResultsSummary.From(ResultsFixture.Simulated, RankingMetric.Default, AggregateView.AllAttempts);

        Assert.Equal((3, 2, 1, 3), (summary.Tasks, summary.CompletedTasks, summary.FailedTasks, summary.ScoredTasks));
        Assert.Equal(2.0 / 3, summary.SuccessRate!.Value, Tolerance);
        Assert.Equal(1.0 / 3, summary.FailureRate!.Value, Tolerance);

        // F1 1, 0.5, 0.
        Assert.Equal(0.5, summary.F1.Mean!.Value, Tolerance);
        Assert.Equal(0.5, summary.F1.Median!.Value, Tolerance);

        // P 1, 0.5 and undefined for the empty prediction (left out, not 0).
        Assert.Equal(2, summary.Precision.Count);
        Assert.Equal(0.75, summary.Precision.Mean!.Value, Tolerance);
        Assert.Equal(0.75, summary.Precision.Median!.Value, Tolerance);

        // R 1, 0.5, 0.
        Assert.Equal(0.5, summary.Recall.Mean!.Value, Tolerance);
        Assert.Null(summary.Compliance);
    }

    [Fact]
    public void Successful_only_view_leaves_the_failed_task_out()
    {
        var summary = ResultsSummary.From(ResultsFixture.Simulated, RankingMetric.Default, AggregateView.SuccessfulOnly);

        Assert.Equal(2, summary.ScoredTasks);
        Assert.Equal(0.75, summary.F1.Mean!.Value, Tolerance);
        Assert.Equal(0.75, summary.Recall.Median!.Value, Tolerance);

        // Usage and failure counts do not depend on the view.
        Assert.Equal(1, summary.FailedTasks);
    }

    [Fact]
    public void Money_tokens_and_latency_are_summed_over_every_finished_task()
    {
        var summary = ResultsSummary.From(ResultsFixture.Simulated, RankingMetric.Default, AggregateView.AllAttempts);

        Assert.Equal(0.03m, summary.Cost);
        Assert.Equal(0.035m, summary.WouldBeCost);
        Assert.Equal(0.005m, summary.CacheSavings);
        Assert.Equal(1, summary.CacheHits);
        Assert.Equal(2500, summary.InputTokens);
        Assert.Equal(200, summary.OutputTokens);

        // Latencies 200, 400, 900 ms: p50 = 400; p95 at rank 1.9 = 400 + 0.9 × 500.
        Assert.Equal(400, summary.LatencyP50Ms!.Value, Tolerance);
        Assert.Equal(850, summary.LatencyP95Ms!.Value, Tolerance);
    }

    [Fact]
    public void Nothing_finished_leaves_every_rate_and_score_undefined()
    {
        var summary = ResultsSummary.From([], RankingMetric.Default, AggregateView.AllAttempts);

        Assert.Null(summary.SuccessRate);
        Assert.Null(summary.FailureRate);
        Assert.Null(summary.F1.Mean);
        Assert.Null(summary.F1.Median);
        Assert.Null(summary.LatencyP50Ms);
    }

    [Fact]
    public void Every_summary_figure_has_a_unique_key_and_reads_a_number_or_null()
    {
        var summary = ResultsSummary.From(ResultsFixture.Simulated, RankingMetric.Default, AggregateView.AllAttempts);

        Assert.Equal(SummaryFigures.All.Count, SummaryFigures.All.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SummaryFigures.All, figure => Assert.True(figure.Value(summary) is null or int or long or decimal or double, figure.Key));
        Assert.Null(SummaryFigures.All.Single(f => f.Key == "compliance").Value(summary));
        Assert.Equal(0.005m, SummaryFigures.All.Single(f => f.Key == "cache_savings_usd").Value(summary));
    }
}
