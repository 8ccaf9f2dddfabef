using McodeBench.Web.Formatting;

namespace McodeBench.Web.Pages.Results;

/// <summary>The lines of the summary table, in order; undefined figures are null and shown as "—".</summary>
public static class SummaryFigures
{
    public static IReadOnlyList<SummaryFigure> All { get; } =
    [
        new("Finished tasks", s => s.Tasks, s => DisplayText.Count(s.Tasks)),
        new("Completed", s => s.CompletedTasks, s => DisplayText.Count(s.CompletedTasks)),
        new("Failed", s => s.FailedTasks, s => DisplayText.Count(s.FailedTasks)),
        new("Success rate", s => s.SuccessRate, s => DisplayText.Percent(s.SuccessRate)),
        new("Failure rate", s => s.FailureRate, s => DisplayText.Percent(s.FailureRate)),
        new("Scored tasks", s => s.ScoredTasks, s => DisplayText.Count(s.ScoredTasks)),
        new("F1 mean", s => s.F1.Mean, s => DisplayText.Score(s.F1.Mean)),
        new("F1 median", s => s.F1.Median, s => DisplayText.Score(s.F1.Median)),
        new("Precision mean", s => s.Precision.Mean, s => DisplayText.Score(s.Precision.Mean)),
        new("Precision median", s => s.Precision.Median, s => DisplayText.Score(s.Precision.Median)),
        new("Recall mean", s => s.Recall.Mean, s => DisplayText.Score(s.Recall.Mean)),
        new("Recall median", s => s.Recall.Median, s => DisplayText.Score(s.Recall.Median)),
        new("Compliance", s => s.Compliance, s => DisplayText.Percent(s.Compliance)),
        new("Input tokens", s => s.InputTokens, s => DisplayText.Count(s.InputTokens)),
        new("Output tokens", s => s.OutputTokens, s => DisplayText.Count(s.OutputTokens)),
        new("Cost (USD)", s => s.Cost, s => DisplayText.Money(s.Cost)),
        new("Would-be cost without the cache (USD)", s => s.WouldBeCost, s => DisplayText.Money(s.WouldBeCost)),
        new("Cache savings (USD)", s => s.CacheSavings, s => DisplayText.Money(s.CacheSavings)),
        new("Cache hits", s => s.CacheHits, s => DisplayText.Count(s.CacheHits)),
        new("Latency p50", s => s.LatencyP50Ms, s => ResultsLabels.Milliseconds(s.LatencyP50Ms)),
        new("Latency p95", s => s.LatencyP95Ms, s => ResultsLabels.Milliseconds(s.LatencyP95Ms)),
    ];
}
