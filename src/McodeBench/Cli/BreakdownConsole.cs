using System.Globalization;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Comparisons;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>Prints Core's model and prompt comparisons and element and type breakdowns as the results page shows them; undefined is "—".</summary>
internal static class BreakdownConsole
{
    public static void PrintComparison(IAnsiConsole console, string title, string keyTitle, IReadOnlyList<ComparisonRow> rows, RankingMetric metric, AggregateView view)
    {
        var table = new Table().Title($"{title} — {ExportNames.CountsOf(metric)} counts, {Describe(view)}")
            .AddColumns(keyTitle, "tasks", "failed", "P", "R", "F1", "compliance", "cost", "p50");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Key) + (row.Simulated ? " [yellow](simulated)[/]" : string.Empty),
                row.Tasks.ToString(CultureInfo.InvariantCulture),
                row.FailedTasks == 0 ? "0" : $"[red]{row.FailedTasks.ToString(CultureInfo.InvariantCulture)} ({MetricText.Percent(row.FailureRate)})[/]",
                MetricText.Score(row.Precision),
                MetricText.Score(row.Recall),
                MetricText.Score(row.F1),
                MetricText.Percent(row.Compliance),
                MetricText.Money(row.Cost),
                MetricText.Milliseconds(row.LatencyP50Ms));
        }

        Write(console, title, table, rows.Count);
    }

    public static void PrintBreakdown(IAnsiConsole console, string title, string nameTitle, string scheme, IReadOnlyList<BreakdownRow> rows, AggregateView view)
    {
        var table = new Table().Title($"{title} — {scheme} scheme, {Describe(view)}")
            .AddColumns(nameTitle, "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Name),
                row.Counts.Cor.ToString(CultureInfo.InvariantCulture),
                row.Counts.Inc.ToString(CultureInfo.InvariantCulture),
                row.Counts.Par.ToString(CultureInfo.InvariantCulture),
                row.Counts.Mis.ToString(CultureInfo.InvariantCulture),
                row.Counts.Spu.ToString(CultureInfo.InvariantCulture),
                MetricText.Score(row.Precision),
                MetricText.Score(row.Recall),
                MetricText.Score(row.F1));
        }

        Write(console, title, table, rows.Count);
    }

    private static void Write(IAnsiConsole console, string title, Table table, int rows)
    {
        if (rows == 0)
        {
            console.MarkupLineInterpolated($"{title}: nothing to show yet (no task has finished with a score).");
            return;
        }

        console.Write(table);
    }

    private static string Describe(AggregateView view) => view == AggregateView.AllAttempts ? "all attempts" : "successful tasks only";
}
