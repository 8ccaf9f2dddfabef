using System.Globalization;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>What <c>run</c> prints besides the live view: the leaderboard, or the dry-run estimate.</summary>
internal static class RunConsole
{
    /// <summary>
    /// The leaderboard in two tables that each fit 120 columns: the decision table (rank band, the rank value with its
    /// interval, Δ against the best with its Holm-adjusted p, cost per correct entity, Pareto, stability) and the
    /// figures table (every score, cost and latency), joined by rank. A legend says what the interval and band mean.
    /// </summary>
    public static void PrintLeaderboard(IAnsiConsole console, IReadOnlyList<LeaderboardRow> rows, RankingMetric ranking, StatisticsOptions statistics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(statistics);
        var confidence = statistics.Confidence.ToString("0%", CultureInfo.InvariantCulture);
        var table = new Table().Title($"Leaderboard — ranked by {Describe(ranking)} (micro, all attempts)")
            .AddColumns("#", "combination", Markup.Escape($"{Short(ranking)} [{confidence} CI]"), Markup.Escape($"Δ vs best [{confidence} CI]"), "p Holm", "$/correct", "Pareto", "stability J");
        foreach (var row in rows)
        {
            var comparison = row.ComparisonToBest;
            table.AddRow(
                RankCell(row),
                Markup.Escape($"{row.Pipeline} · {row.Prompts} on {row.Model}") + (row.Simulated ? " [yellow](simulated)[/]" : string.Empty),
                Markup.Escape(MetricText.ScoreWithInterval(row.RankValue, row.RankValueCi95)),
                comparison is null ? (row.Statistics is null ? MetricText.Undefined : "best") : Markup.Escape(MetricText.DeltaWithInterval(comparison.Delta, comparison.DeltaCi95)),
                comparison is null ? MetricText.Undefined : MetricText.PValue(comparison.PValueHolm),
                MetricText.UnitMoney(row.CostPerCorrectEntity),
                row.ParetoOptimal switch { true => "◆", false => string.Empty, null => MetricText.Undefined },
                Stability(row));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"[low, high] = {confidence} cluster bootstrap over trials ({statistics.Resamples.ToString(CultureInfo.InvariantCulture)} resamples, repeats kept together); "
            + $"\"tied\" band 1–k = Holm-adjusted p ≥ {statistics.Alpha.ToString(CultureInfo.InvariantCulture)} against the best (paired approximate randomization); "
            + "Δ = this − best on the trials both attempted; ◆ = Pareto-optimal (rank value ↑, cost/task ↓, p95 ↓); stability J = mean Jaccard between repeats (entities / mappings)."));
        if (rows.Select(r => r.ComparisonToBest?.MinimumDetectableDifference).OfType<double>().Order().ToList() is { Count: > 0 } detectable)
        {
            var trials = rows.Select(r => r.ComparisonToBest?.TrialsPaired).OfType<int>().DefaultIfEmpty().Max();
            console.MarkupLineInterpolated($"[grey]Minimum detectable difference with {trials} paired trials (80 % power): {MetricText.Score(detectable[detectable.Count / 2])} (median over the rows); a smaller Δ is below what this benchmark can decide.[/]");
        }

        var figures = new Table().Title("Figures per combination (# as above)")
            .AddColumns("#", "tasks", "failed", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance", "cost", "cache saved", "p50", "p95");
        foreach (var row in rows)
        {
            figures.AddRow(
                row.Rank.ToString(CultureInfo.InvariantCulture),
                row.Tasks.ToString(CultureInfo.InvariantCulture),
                row.FailedTasks == 0 ? "0" : $"[red]{row.FailedTasks} ({MetricText.Percent(row.FailureRate)})[/]",
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

        console.Write(figures);
        console.MarkupLine("[grey]— means undefined (nothing to divide by, or no repeats), never zero. Scores count a failed task as an empty prediction.[/]");
    }

    /// <summary>The rank, and under it the band when the row is tied with others ("tied 1–3").</summary>
    private static string RankCell(LeaderboardRow row)
    {
        var rank = row.Rank.ToString(CultureInfo.InvariantCulture);
        return row.RankBand is { } band && band != rank ? $"{rank}\n[grey]tied {Markup.Escape(band)}[/]" : rank;
    }

    private static string Stability(LeaderboardRow row) => row.Stability is { } stability
        ? $"{MetricText.Score(stability.EntityJaccard)} / {MetricText.Score(stability.MappingJaccard)}"
        : MetricText.Undefined;

    private static string Short(RankingMetric ranking) => ranking.Measure == RankingMeasure.Compliance
        ? "compliance"
        : $"{(ranking.Target == RankingTarget.Mapping ? "mapping" : "entity")} {ranking.Measure}";

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
