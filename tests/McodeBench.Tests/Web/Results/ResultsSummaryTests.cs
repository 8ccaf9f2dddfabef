using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Results;

namespace McodeBench.Tests.Web.Results;

/// <summary>The summary figures of <see cref="ResultsSeed"/>'s run, read back from the database, against hand-computed values.</summary>
public sealed class ResultsSummaryTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public async Task All_attempts_view_counts_the_failed_task_as_an_empty_prediction()
    {
        var summary = await SummaryAsync(AggregateView.AllAttempts);

        Assert.Equal(3, summary.Tasks);
        Assert.Equal(2, summary.CompletedTasks);
        Assert.Equal(1, summary.FailedTasks);
        Assert.Equal(3, summary.ScoredTasks);
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
    public async Task Successful_only_view_leaves_the_failed_task_out()
    {
        var summary = await SummaryAsync(AggregateView.SuccessfulOnly);

        Assert.Equal(2, summary.ScoredTasks);
        Assert.Equal(0.75, summary.F1.Mean!.Value, Tolerance);
        Assert.Equal(0.75, summary.Recall.Median!.Value, Tolerance);
        // Usage and failure counts do not depend on the view.
        Assert.Equal(1, summary.FailedTasks);
    }

    [Fact]
    public async Task Money_tokens_and_latency_are_summed_over_every_finished_task()
    {
        var summary = await SummaryAsync(AggregateView.AllAttempts);

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

    private static async Task<ResultsSummary> SummaryAsync(AggregateView view)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await ResultsSeed.SeedAsync(environment, cancellationToken);
        var results = await new RunResultsLoader(environment.Database).LoadAsync(ResultsSeed.RunId, cancellationToken);
        Assert.NotNull(results);
        return ResultsSummary.From(results.Entries.ToList(), RankingMetric.Default, view);
    }
}
