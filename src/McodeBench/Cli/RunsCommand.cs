using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Comparisons;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Agreement;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench runs list|show ID</c>: the runs stored in the configured database, and one run's spec, library
/// versions, task counts and leaderboard, computed from the stored results exactly as <c>run</c> computes it.
/// </summary>
internal static class RunsCommand
{
    private static readonly Option<RunStatus[]> Statuses = new("--status") { Description = "Only runs in these statuses: Pending, Running, Paused, Completed, Cancelled.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many runs to list, newest first.", DefaultValueFactory = _ => 50 };
    private static readonly Argument<string> RunId = new("run-id") { Description = "The run's id (mcodebench runs list shows them)." };
    private static readonly Option<string[]> Breakdown = CreateBreakdown();
    private static readonly Option<string> View = ViewOption.Create("the breakdowns");
    private static readonly Option<string?> Strata = CreateStrata();

    public static Command Create(SessionRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var list = new Command("list", "List the stored runs, newest first: status, tasks done, failures, times, simulated models.") { Statuses, Limit };
        runner.SetAction(list, ListAsync);
        var show = new Command("show", "Show a run: its spec, library versions, tasks per status and leaderboard, and the breakdowns asked for.") { RunId, Breakdown, View, Strata };
        runner.Globals.AddStatisticsTo(show);
        runner.SetAction(show, ShowAsync);

        var runs = new Command("runs", "Inspect the runs stored in the database (DataDir or Database).");
        runs.Subcommands.Add(list);
        runs.Subcommands.Add(show);
        return runs;
    }

    private static async Task<int> ListAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var limit = session.Parse.GetValue(Limit);
        if (limit < 1)
        {
            session.Error.MarkupLineInterpolated($"[red]--limit must be at least 1, got {limit}.[/]");
            return ExitCodes.BadInput;
        }

        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Out.MarkupLineInterpolated($"No runs: there is no database at {session.Options.DatabaseFile} yet (mcodebench run creates it; --data-dir points elsewhere).");
            return ExitCodes.Success;
        }

        await using var results = await ResultsSession.OpenAsync(session, session.Error, cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return ExitCodes.BadInput;
        }

        var query = new RunQuery { Statuses = session.Parse.GetValue(Statuses) is { Length: > 0 } statuses ? statuses : null, Limit = limit };
        var page = await results.Reader.ListRunsAsync(query, cancellationToken).ConfigureAwait(false);
        if (page.Items.Count == 0)
        {
            session.Out.MarkupLineInterpolated($"No runs in {results.Where}{(query.Statuses is null ? string.Empty : " with that status")}.");
            return ExitCodes.Success;
        }

        var table = new Table().Title($"Runs — {Markup.Escape(results.Where)}")
            .AddColumns("id", "name", "status", "done", "failed", "created (UTC)", "finished (UTC)", "simulated");
        foreach (var run in page.Items)
        {
            var simulated = run.ModelKeys.Where(results.IsSimulated).ToList();
            table.AddRow(
                Markup.Escape(run.Run.Id),
                Markup.Escape(run.Run.Name),
                run.Run.Status.ToString(),
                $"{run.Done.ToString(CultureInfo.InvariantCulture)}/{run.Total.ToString(CultureInfo.InvariantCulture)}",
                run.Failed == 0 ? "0" : $"[red]{run.Failed.ToString(CultureInfo.InvariantCulture)}[/]",
                Time(run.Run.CreatedUtc),
                Time(run.Run.FinishedUtc),
                simulated.Count == 0 ? string.Empty : $"[yellow]simulated ({Markup.Escape(string.Join(", ", simulated))})[/]");
        }

        session.Out.Write(table);
        if (page.HasMore)
        {
            session.Out.MarkupLineInterpolated($"[grey]Showing the newest {page.Items.Count} of {page.Total} runs; --limit {page.Total} lists them all.[/]");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ShowAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var runId = session.Parse.GetValue(RunId)!;
        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Error.MarkupLineInterpolated($"[red]No run '{runId}': there is no database at {session.Options.DatabaseFile} yet (--data-dir or --db names the one the run used).[/]");
            return ExitCodes.BadInput;
        }

        await using var results = await ResultsSession.OpenAsync(session, session.Error, cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return ExitCodes.BadInput;
        }

        if (await results.Reader.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return UnknownRun(session, results, runId);
        }

        results.WarnAboutUnknownModels(run.ModelKeys, session.Error);
        var console = session.Out;
        var spec = run.Run.Spec;
        var summary = new Table().Title($"Run {Markup.Escape(run.Run.Id)} — {Markup.Escape(run.Run.Name)}").AddColumns("", "");
        summary.HideHeaders();
        summary.AddRow("status", run.Run.Status.ToString());
        summary.AddRow("created / started / finished (UTC)", $"{Time(run.Run.CreatedUtc)} / {Time(run.Run.StartedUtc)} / {Time(run.Run.FinishedUtc)}");
        summary.AddRow("pipeline", ExportNames.Of(spec.Pipeline));
        summary.AddRow("prompts", Markup.Escape(string.Join(", ", spec.PromptKeys)));
        summary.AddRow("models", Markup.Escape(string.Join(", ", spec.ModelKeys)));
        summary.AddRow("models run", string.Join(", ", run.ModelKeys.Select(key => results.IsSimulated(key) ? $"{Markup.Escape(key)} [yellow](simulated)[/]" : Markup.Escape(key))));
        summary.AddRow("trials", spec.TrialIds.Count.ToString(CultureInfo.InvariantCulture) + (spec.TrialIds.Count <= 5 ? $" ({Markup.Escape(string.Join(", ", spec.TrialIds))})" : string.Empty));
        summary.AddRow("repeats", spec.Repeats.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("priority", run.Run.Priority.ToString());
        summary.AddRow("concurrency", spec.Concurrency.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("ranking", Markup.Escape(Describe(spec.Ranking)) + (spec.TopN is int top ? $", top {top.ToString(CultureInfo.InvariantCulture)}" : string.Empty));
        var spending = await new RunSpendingReader(results.Database).ReadAsync(run.Run.Id, cancellationToken).ConfigureAwait(false);
        summary.AddRow("cost estimated at start", run.Run.Estimate is { } estimate ? Markup.Escape(EstimateText.Estimated(estimate)) : "(not recorded: the run predates estimates)");
        summary.AddRow("cost so far", Markup.Escape(EstimateText.Actual(spending, run.Run.Estimate)));
        summary.AddRow("scored against", Markup.Escape(ProvenanceText.Describe(run.Run.GoldDigest, run.Run.TrialTextDigest)));
        foreach (var earlier in await results.Database.Rescoring.HistoryAsync(run.Run.Id, cancellationToken).ConfigureAwait(false))
        {
            summary.AddRow("earlier scores (kept)", Markup.Escape(ProvenanceText.Earlier(earlier)));
        }

        console.Write(summary);

        if (run.Run.LibraryVersions.Count > 0)
        {
            var versions = new Table().Title("Library versions").AddColumns("library", "version");
            foreach (var (library, version) in run.Run.LibraryVersions.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                versions.AddRow(Markup.Escape(library), Markup.Escape(version));
            }

            console.Write(versions);
        }

        var counts = new Table().Title($"Tasks — {run.Done.ToString(CultureInfo.InvariantCulture)} of {run.Total.ToString(CultureInfo.InvariantCulture)} done").AddColumns("status", "tasks");
        foreach (var status in Enum.GetValues<TrackedTaskStatus>())
        {
            counts.AddRow(status.ToString(), run.Count(status).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(counts);

        var rows = await StoredLeaderboard.BuildAsync(results.Reader, run.Run.Id, results.Models, spec.Ranking, spec.TopN, session.Options.Statistics, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            console.MarkupLine("No task has finished yet: the leaderboard appears once tasks complete or fail.");
        }
        else
        {
            RunConsole.PrintLeaderboard(console, rows, spec.Ranking, session.Options.Statistics);
            await PrintCeilingAsync(session, spec.TrialIds, cancellationToken).ConfigureAwait(false);
            if (run.Done < run.Total)
            {
                console.MarkupLineInterpolated($"[yellow]The run is not finished: the leaderboard covers the {run.Count(TrackedTaskStatus.Completed) + run.Count(TrackedTaskStatus.Failed)} completed or failed tasks only.[/]");
            }
        }

        var breakdowns = session.Parse.GetValue(Breakdown) ?? [];
        if (breakdowns.Length > 0)
        {
            await PrintBreakdownsAsync(console, results, run.Run.Id, spec.Ranking, breakdowns, ViewOption.Of(session.Parse.GetValue(View)), cancellationToken).ConfigureAwait(false);
        }

        if (session.Parse.GetValue(Strata) is { } by && TrialStrata.TryParse(by, out var dimension))
        {
            return await PrintStrataAsync(session, results, run.Run.Id, dimension.Value, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>The run's figures per stratum of trials, read from the configured workspace's trial records.</summary>
    private static async Task<int> PrintStrataAsync(CommandSession session, ResultsSession results, string runId, StratumDimension dimension, CancellationToken cancellationToken)
    {
        var workspace = await WorkspaceLoading.LoadAsync(session, session.Options.Workspace, session.Error, cancellationToken).ConfigureAwait(false);
        if (workspace is null)
        {
            return ExitCodes.BadInput;
        }

        var statistics = session.Options.Statistics;
        var rows = await StoredStrata.BuildAsync(results.Reader, runId, dimension, workspace.Trials, workspace.Sections, statistics, cancellationToken).ConfigureAwait(false);
        StrataConsole.Print(session.Out, rows, dimension, results.IsSimulated, statistics);
        return ExitCodes.Success;
    }

    // Beside the leaderboard when the workspace declares a second annotator's gold: how far two people agree is the
    // most a model can be expected to reach.
    private static async Task PrintCeilingAsync(CommandSession session, IReadOnlyList<string> trialIds, CancellationToken cancellationToken)
    {
        if (session.Options.AgreementGold.Count == 0)
        {
            return;
        }

        var ceiling = await AgreementCeiling.ComputeAsync(
            session.Options.Gold, session.Options.AgreementGold, session.Options.Trials, trialIds.ToHashSet(StringComparer.Ordinal),
            new ScoringOptions(McodeVocabularyLoader.Default) { ValueComparison = session.Options.ValueComparison }, cancellationToken).ConfigureAwait(false);
        session.Out.MarkupLineInterpolated($"[blue]{ProvenanceText.Ceiling(ceiling)}[/]");
        DiagnosticPrinter.Print(session.Error, ceiling.Report.Diagnostics.Where(d => d.IsError));
    }

    // The results page's tables, from the same stored entries and the same Core code, under the run's own metric.
    private static async Task PrintBreakdownsAsync(IAnsiConsole console, ResultsSession results, string runId, RankingMetric metric, IReadOnlyList<string> breakdowns, AggregateView view, CancellationToken cancellationToken)
    {
        var entries = await StoredLeaderboardEntries.ReadAsync(results.Reader, runId, cancellationToken).ConfigureAwait(false);
        foreach (var breakdown in breakdowns.Distinct(StringComparer.Ordinal))
        {
            switch (breakdown)
            {
                case "model":
                    BreakdownConsole.PrintComparison(console, "Model comparison", "model", ComparisonTable.ByModel(entries, results.Models, metric, view), metric, view);
                    break;
                case "prompt":
                    BreakdownConsole.PrintComparison(console, "Prompt comparison", "prompts", ComparisonTable.ByPrompt(entries, metric, view), metric, view);
                    break;
                case "element":
                    var mapping = MetricCounts.MappingSchemeOf(metric);
                    BreakdownConsole.PrintBreakdown(console, "Per mCODE element", "element", ExportNames.Of(mapping), BreakdownTable.PerElement(entries, mapping, view), view);
                    break;
                default:
                    BreakdownConsole.PrintBreakdown(console, "Per entity type", "entity type", ExportNames.Of(metric.Scheme), BreakdownTable.PerEntityType(entries, metric.Scheme, view), view);
                    break;
            }
        }
    }

    private static Option<string[]> CreateBreakdown()
    {
        var option = new Option<string[]>("--breakdown")
        {
            Description = "Also show the run's figures per model, prompt, mCODE element or entity type (one or more), under the run's own metric, as the results page and GET /api/runs/{id}/breakdowns/... show them.",
            AllowMultipleArgumentsPerToken = true,
        };
        option.AcceptOnlyFromAmong("model", "prompt", "element", "type");
        return option;
    }

    private static Option<string?> CreateStrata()
    {
        var option = new Option<string?>("--strata")
        {
            Description = "Also show the run's figures with 95% CIs per stratum of trials: condition (first listed), phase, or length (text-length third). Strata with too few trials say so.",
        };
        option.AcceptOnlyFromAmong([.. TrialStrata.Names]);
        return option;
    }

    /// <summary>An unknown run id is bad input (exit 2), with where to find the right one.</summary>
    internal static int UnknownRun(CommandSession session, ResultsSession results, string runId)
    {
        session.Error.MarkupLineInterpolated($"[red]No run '{runId}' in {results.Where}. mcodebench runs list shows the runs stored there; --data-dir or --db names another database.[/]");
        return ExitCodes.BadInput;
    }

    private static string Time(DateTime? utc) => utc is DateTime time ? time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    private static string Describe(RankingMetric ranking) => ranking.Measure == RankingMeasure.Compliance
        ? "mapping compliance"
        : $"{ranking.Target.ToString().ToLowerInvariant()} {ranking.Measure} ({(ranking.Target == RankingTarget.Mapping ? (ranking.Scheme == Core.Scoring.EntityScheme.Strict ? "strict" : "lenient") : ExportNames.Of(ranking.Scheme))})";
}
