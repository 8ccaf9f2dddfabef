using System.Globalization;
using McodeBench.Core.Reports;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>What <c>run</c> prints besides the live view: the leaderboard, or the dry-run estimate.</summary>
internal static class RunConsole
{
    public static void PrintLeaderboard(IAnsiConsole console, IReadOnlyList<LeaderboardRow> rows, RankingMetric ranking)
    {
        var table = new Table().Title($"Leaderboard — ranked by {Describe(ranking)} (micro, all attempts)")
            .AddColumns("#", "pipeline", "prompts", "model", "tasks", "failed", "rank value", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance", "cost", "cache saved", "p50", "p95");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Rank.ToString(CultureInfo.InvariantCulture),
                row.Pipeline,
                Markup.Escape(row.Prompts),
                Markup.Escape(row.Simulated ? row.Model + " (simulated)" : row.Model),
                row.Tasks.ToString(CultureInfo.InvariantCulture),
                row.FailedTasks == 0 ? "0" : $"[red]{row.FailedTasks} ({MetricText.Percent(row.FailureRate)})[/]",
                MetricText.Score(row.RankValue),
                MetricText.Score(row.EntityF1Strict),
                MetricText.Score(row.EntityF1Type),
                MetricText.Score(row.MappingF1Strict),
                MetricText.Score(row.MappingF1Lenient),
                MetricText.Percent(row.Compliance),
                MetricText.Money(row.Cost),
                MetricText.Money(row.WouldBeCost),
                MetricText.Milliseconds(row.LatencyP50Ms),
                MetricText.Milliseconds(row.LatencyP95Ms));
        }

        console.Write(table);
        console.MarkupLine("[grey]— means undefined (nothing to divide by), never zero. Scores count a failed task as an empty prediction.[/]");
    }

    public static void PrintEstimate(IAnsiConsole console, DryRunEstimate estimate)
    {
        var table = new Table().Title("Dry run — nothing was called")
            .AddColumns("model", "tasks", "LLM calls", "input tokens", "output tokens (est., range)", "cost (est., range)", "output estimated from", "token count");
        foreach (var model in estimate.Models)
        {
            table.AddRow(
                Markup.Escape(model.ModelKey),
                model.Tasks.ToString("N0", CultureInfo.InvariantCulture),
                model.LlmCalls.ToString("N0", CultureInfo.InvariantCulture),
                model.InputTokens.ToString("N0", CultureInfo.InvariantCulture),
                Range(model.OutputTokens, model.OutputTokensLow, model.OutputTokensHigh),
                model.IsFree ? "free" : $"{MetricText.Money(model.Cost)} ({MetricText.Money(model.CostLow)}–{MetricText.Money(model.CostHigh)})",
                Markup.Escape(model.OutputBasis),
                Markup.Escape(model.TokenCountMethod));
        }

        table.AddRow(
            "[bold]total[/]",
            estimate.Tasks.ToString("N0", CultureInfo.InvariantCulture),
            estimate.LlmCalls.ToString("N0", CultureInfo.InvariantCulture),
            estimate.InputTokens.ToString("N0", CultureInfo.InvariantCulture),
            Range(estimate.OutputTokens, estimate.OutputTokensLow, estimate.OutputTokensHigh),
            $"{MetricText.Money(estimate.Cost)} ({MetricText.Money(estimate.CostLow)}–{MetricText.Money(estimate.CostHigh)})",
            string.Empty,
            string.Empty);
        console.Write(table);
    }

    private static string Range(long point, long low, long high) => string.Create(CultureInfo.InvariantCulture, $"{point:N0} ({low:N0}–{high:N0})");

    private static string Describe(RankingMetric ranking) =>
        ranking.Measure == RankingMeasure.Compliance ? "mapping compliance" : $"{ranking.Target.ToString().ToLowerInvariant()} {ranking.Measure} ({ranking.Scheme.ToString().ToLowerInvariant()})";
}
