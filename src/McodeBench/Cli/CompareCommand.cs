using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.RunComparisons;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench compare RUN_A RUN_B</c>: run B against run A from the stored results (docs/statistics.md, "Run against
/// run"), per combination both runs have: Δ = B − A with its paired-bootstrap interval, the approximate-randomization
/// p and its Holm adjustment across the rows, then the regressions and improvements and the trials that moved most.
/// </summary>
internal static class CompareCommand
{
    private const int FlipsShown = 10;

    private static readonly Argument<string> RunA = new("run-a") { Description = "The baseline run's id (mcodebench runs list shows them)." };
    private static readonly Argument<string> RunB = new("run-b") { Description = "The run compared with it; Δ = run B − run A." };
    private static readonly Option<RankingMeasure?> RankBy = new("--rank-by") { Description = "F1, Precision, Recall or Compliance. Default: run A's ranking metric." };
    private static readonly Option<RankingTarget?> Target = new("--target") { Description = "Entity or Mapping scores. Default: run A's." };
    private static readonly Option<EntityScheme?> Scheme = new("--scheme") { Description = "Strict, Exact, Partial or Type (entities); Strict or Type (= lenient) for mappings. Default: run A's." };
    private static readonly Option<FileInfo?> JsonSummary = new("--json-summary") { Description = "Also write the comparison as JSON to this file ({run_a, run_b, rows: [...]})." };

    public static Command Create(SessionRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("compare", "Compare two stored runs: per prompt × model combination in both, Δ (B − A) with its 95% CI and paired p-values adjusted across the rows.")
        {
            RunA, RunB, RankBy, Target, Scheme, JsonSummary,
        };
        runner.Globals.AddStatisticsTo(command);
        runner.SetAction(command, ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var idA = parse.GetValue(RunA)!;
        var idB = parse.GetValue(RunB)!;
        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Error.MarkupLineInterpolated($"[red]No runs to compare: there is no database at {session.Options.DatabaseFile} yet (--data-dir or --db names the one the runs used).[/]");
            return ExitCodes.BadInput;
        }

        await using var results = await ResultsSession.OpenAsync(session, session.Error, cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return ExitCodes.BadInput;
        }

        var runA = await results.Reader.GetRunAsync(idA, cancellationToken).ConfigureAwait(false);
        var runB = await results.Reader.GetRunAsync(idB, cancellationToken).ConfigureAwait(false);
        if (runA is null || runB is null)
        {
            return await UnknownRunsAsync(session, results, [.. new[] { runA is null ? idA : null, runB is null ? idB : null }.OfType<string>()], cancellationToken).ConfigureAwait(false);
        }

        var spec = runA.Run.Spec.Ranking;
        var metric = new RankingMetric(parse.GetValue(RankBy) ?? spec.Measure, parse.GetValue(Target) ?? spec.Target, parse.GetValue(Scheme) ?? spec.Scheme);
        if (metric.Validate() is { Count: > 0 } problems)
        {
            DiagnosticPrinter.Print(session.Error, problems);
            return ExitCodes.BadInput;
        }

        results.WarnAboutUnknownModels(runA.ModelKeys.Union(runB.ModelKeys, StringComparer.Ordinal), session.Error);
        var statistics = session.Options.Statistics;
        var stored = await StoredRunComparison.BuildAsync(results.Reader, idA, idB, metric, statistics, cancellationToken).ConfigureAwait(false);
        var report = RunComparisonReport.From(idA, idB, stored.Comparison, statistics, results.IsSimulated, stored.GoldNote);
        Print(session.Out, report, statistics.Confidence);
        if (parse.GetValue(JsonSummary) is { } file)
        {
            await WriteJsonAsync(file.FullName, report, cancellationToken).ConfigureAwait(false);
            session.Out.MarkupLineInterpolated($"[blue]Wrote {file.FullName}[/]");
        }

        return ExitCodes.Success;
    }

    private static void Print(IAnsiConsole console, RunComparisonReport report, double confidence)
    {
        var level = confidence.ToString("0%", CultureInfo.InvariantCulture);
        if (report.GoldNote is { } note)
        {
            console.MarkupLineInterpolated($"[yellow]{note}[/]");
        }

        if (report.Rows.Count == 0)
        {
            console.MarkupLine("[yellow]The runs have no prompt × model combination in common with finished tasks: nothing to compare.[/]");
        }
        else
        {
            var table = new Table().Title(Markup.Escape($"Run {report.RunB} (B) against run {report.RunA} (A) — {Describe(report.Metric)}, Δ = B − A"))
                .AddColumns("combination", "A", "B", Markup.Escape($"Δ [{level} CI]"), "p", "p Holm", "trials paired", "change");
            foreach (var row in report.Rows)
            {
                table.AddRow(
                    Combination(row),
                    MetricText.Score(row.ValueA),
                    MetricText.Score(row.ValueB),
                    Markup.Escape(MetricText.DeltaWithInterval(row.Delta, row.DeltaCi95)),
                    MetricText.PValue(row.PValue),
                    MetricText.PValue(row.PValueHolm),
                    row.TrialsPaired.ToString(CultureInfo.InvariantCulture) + (row.TasksUnpaired > 0 ? $" [grey]({row.TasksUnpaired.ToString(CultureInfo.InvariantCulture)} tasks unpaired)[/]" : string.Empty),
                    ChangeText(row.Change));
            }

            console.Write(table);
            console.MarkupLine(Markup.Escape(
                $"Paired by trial and repeat; [low, high] = {level} paired cluster bootstrap over trials; p = two-sided approximate randomization (exact when few trials); "
                + $"p Holm adjusted across these {report.Rows.Count.ToString(CultureInfo.InvariantCulture)} rows; a change needs p Holm < {report.Alpha.ToString(CultureInfo.InvariantCulture)}."));
        }

        console.MarkupLine(report.Regressions.Count == 0
            ? "Regressions: none."
            : $"[red]Regressions:[/] {Markup.Escape(string.Join("; ", report.Regressions))}");
        console.MarkupLine(report.Improvements.Count == 0
            ? "Improvements: none."
            : $"[green]Improvements:[/] {Markup.Escape(string.Join("; ", report.Improvements))}");
        if (report.OnlyInA.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]Only in run A (not compared): {string.Join("; ", report.OnlyInA)}[/]");
        }

        if (report.OnlyInB.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]Only in run B (not compared): {string.Join("; ", report.OnlyInB)}[/]");
        }

        var flips = report.Rows
            .SelectMany(row => row.Flips.Select(flip => (Row: row, Flip: flip)))
            .OrderByDescending(pair => Math.Abs(pair.Flip.Delta))
            .ThenBy(pair => pair.Flip.TrialId, StringComparer.Ordinal)
            .Take(FlipsShown)
            .ToList();
        if (flips.Count == 0)
        {
            console.MarkupLine("Per-trial flips: no trial's metric moved.");
            return;
        }

        var moves = new Table().Title("Trials whose metric moved most").AddColumns("trial", "combination", "A", "B", "Δ");
        foreach (var (row, flip) in flips)
        {
            moves.AddRow(Markup.Escape(flip.TrialId), Combination(row), MetricText.Score(flip.ValueA), MetricText.Score(flip.ValueB), MetricText.Delta(flip.Delta));
        }

        console.Write(moves);
    }

    private static async Task WriteJsonAsync(string path, RunComparisonReport report, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, report, ScoringJson.Options, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Unknown run ids are bad input (exit 2), each with the closest stored id when one is close.</summary>
    private static async Task<int> UnknownRunsAsync(CommandSession session, ResultsSession results, IReadOnlyList<string> unknown, CancellationToken cancellationToken)
    {
        var known = (await results.Reader.ListRunsAsync(new RunQuery { Limit = 500 }, cancellationToken).ConfigureAwait(false)).Items.Select(run => run.Run.Id).ToList();
        foreach (var id in unknown)
        {
            session.Error.MarkupLineInterpolated($"[red]No run '{id}' in {results.Where}.{ClosestNames.DidYouMean(id, known)}[/]");
        }

        session.Error.MarkupLine("mcodebench runs list shows the stored runs; --data-dir or --db names another database.");
        return ExitCodes.BadInput;
    }

    private static string Combination(RunComparisonReportRow row) =>
        Markup.Escape($"{row.Pipeline} · {row.Prompts} on {row.Model}") + (row.Simulated ? " [yellow](simulated)[/]" : string.Empty);

    private static string ChangeText(RunChange change) => change switch
    {
        RunChange.Improvement => "[green]improvement[/]",
        RunChange.Regression => "[red]regression[/]",
        RunChange.NoSignificantChange => "no significant change",
        _ => MetricText.Undefined,
    };

    private static string Describe(RankingMetric ranking) => ranking.Measure == RankingMeasure.Compliance
        ? "mapping compliance"
        : $"{ranking.Target.ToString().ToLowerInvariant()} {ranking.Measure} ({ranking.Scheme.ToString().ToLowerInvariant()})";
}
