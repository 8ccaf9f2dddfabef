namespace McodeBench.Core.Reports.Summaries;

/// <summary>The lines of a run's summary, in the order every front end shows them; undefined figures are null.</summary>
public static class SummaryFigures
{
    public static IReadOnlyList<SummaryFigure> All { get; } =
    [
        new("finished_tasks", "Finished tasks", SummaryFigureKind.Count, s => s.Tasks),
        new("completed_tasks", "Completed", SummaryFigureKind.Count, s => s.CompletedTasks),
        new("failed_tasks", "Failed", SummaryFigureKind.Count, s => s.FailedTasks),
        new("success_rate", "Success rate", SummaryFigureKind.Rate, s => s.SuccessRate),
        new("failure_rate", "Failure rate", SummaryFigureKind.Rate, s => s.FailureRate),
        new("scored_tasks", "Scored tasks", SummaryFigureKind.Count, s => s.ScoredTasks),
        new("f1_mean", "F1 mean", SummaryFigureKind.Score, s => s.F1.Mean),
        new("f1_median", "F1 median", SummaryFigureKind.Score, s => s.F1.Median),
        new("precision_mean", "Precision mean", SummaryFigureKind.Score, s => s.Precision.Mean),
        new("precision_median", "Precision median", SummaryFigureKind.Score, s => s.Precision.Median),
        new("recall_mean", "Recall mean", SummaryFigureKind.Score, s => s.Recall.Mean),
        new("recall_median", "Recall median", SummaryFigureKind.Score, s => s.Recall.Median),
        new("compliance", "Compliance", SummaryFigureKind.Rate, s => s.Compliance),
        new("input_tokens", "Input tokens", SummaryFigureKind.Count, s => s.InputTokens),
        new("output_tokens", "Output tokens", SummaryFigureKind.Count, s => s.OutputTokens),
        new("cost_usd", "Cost (USD)", SummaryFigureKind.Money, s => s.Cost),
        new("would_be_cost_usd", "Would-be cost without the cache (USD)", SummaryFigureKind.Money, s => s.WouldBeCost),
        new("cache_savings_usd", "Cache savings (USD)", SummaryFigureKind.Money, s => s.CacheSavings),
        new("cache_hits", "Cache hits", SummaryFigureKind.Count, s => s.CacheHits),
        new("latency_p50_ms", "Latency p50", SummaryFigureKind.Milliseconds, s => s.LatencyP50Ms),
        new("latency_p95_ms", "Latency p95", SummaryFigureKind.Milliseconds, s => s.LatencyP95Ms),
    ];
}
