using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Web.Pages.Results;

/// <summary>The results page's tables as <see cref="ScreenTable"/>s, in the order and with the rows the page shows.</summary>
public static class ResultsScreenTables
{
    public static ScreenTable Summary(IReadOnlyList<(string Label, ResultsSummary Summary)> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var figures = SummaryFigures.All;
        return new ScreenTable(
            "Summary",
            ["figure", .. columns.Select(c => c.Label)],
            figures.Select(f => (IReadOnlyList<object?>)[f.Name, .. columns.Select(c => f.Value(c.Summary))]).ToList());
    }

    public static ScreenTable Leaderboard(IEnumerable<LeaderboardRow> rows, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ScreenTable(
            $"Top combinations by {ResultsLabels.Metric(metric)}, {ResultsLabels.View(view)}",
            ["rank", "pipeline", "prompts", "model", "simulated", "tasks", "failed", "value", "repeat_sd", "cost_usd", "latency_p50_ms", "latency_p95_ms"],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.Rank, r.Pipeline, r.Prompts, r.Model, r.Simulated ? "simulated" : string.Empty, r.Tasks, r.FailedTasks,
                CombinationFigures.Value(r, metric, view), CombinationFigures.RepeatDeviation(r, metric, view), r.Cost, r.LatencyP50Ms, r.LatencyP95Ms]).ToList());
    }

    public static ScreenTable Comparison(string title, IEnumerable<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ScreenTable(
            title,
            ["key", "simulated", "tasks", "failed", "failure_rate", "precision", "recall", "f1", "compliance", "cost_usd", "latency_p50_ms"],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.Key, r.Simulated ? "simulated" : string.Empty, r.Tasks, r.FailedTasks, r.FailureRate, r.Precision, r.Recall, r.F1, r.Compliance, r.Cost, r.LatencyP50Ms]).ToList());
    }

    public static ScreenTable Breakdown(string title, IEnumerable<BreakdownRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ScreenTable(
            title,
            ["name", "cor", "inc", "par", "mis", "spu", "precision", "recall", "f1"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Counts.Cor, r.Counts.Inc, r.Counts.Par, r.Counts.Mis, r.Counts.Spu, r.Precision, r.Recall, r.F1]).ToList());
    }
}
