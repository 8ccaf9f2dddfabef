using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Comparisons;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Reports.Summaries;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary>
/// <c>/api/runs/{id}/summary</c>, <c>/breakdowns/…</c> and <c>/export</c>: the results page's tables, computed by Core
/// from the run's finished tasks exactly as the page and the CLI compute them, and every export level as a download.
/// </summary>
internal static class ReportEndpoints
{
    private const string FiguresDescription = " In the run's metric unless measure, target or scheme are given; view all_attempts (default) or successful_only.";

    public static void Map(RouteGroupBuilder runs)
    {
        runs.MapGet("/{runId}/summary", SummaryAsync).WithName("GetRunSummary")
            .WithSummary("The run's headline figures: tasks, success rate, mean and median P, R and F1 per task, compliance, tokens, money, latency." + FiguresDescription);
        runs.MapGet("/{runId}/breakdowns/models", (IBenchmarkEngine engine, string runId, string? measure, string? target, string? scheme, string? view, CancellationToken token) =>
                ComparisonAsync(engine, runId, new(measure, target, scheme, view), (entries, query) => ComparisonTable.ByModel(entries, engine.Workspace.Models, query.Metric, query.View), token))
            .WithName("GetRunModelComparison").WithSummary("One row per model across every prompt: micro P, R, F1 of the metric's counts, compliance, failures, cost, latency." + FiguresDescription);
        runs.MapGet("/{runId}/breakdowns/prompts", (IBenchmarkEngine engine, string runId, string? measure, string? target, string? scheme, string? view, CancellationToken token) =>
                ComparisonAsync(engine, runId, new(measure, target, scheme, view), (entries, query) => ComparisonTable.ByPrompt(entries, query.Metric, query.View), token))
            .WithName("GetRunPromptComparison").WithSummary("One row per prompt (extraction → mapping for two-step) across every model, with the model comparison's columns." + FiguresDescription);
        runs.MapGet("/{runId}/breakdowns/elements", (IBenchmarkEngine engine, string runId, string? measure, string? target, string? scheme, string? view, CancellationToken token) =>
                BreakdownAsync(engine, runId, new(measure, target, scheme, view), (entries, query) => BreakdownTable.PerElement(entries, MetricCounts.MappingSchemeOf(query.Metric), query.View), token))
            .WithName("GetRunElementBreakdown").WithSummary("Mapping counts and P, R, F1 per mCODE element, summed over the run (strict mapping scheme, or lenient for the type scheme)." + FiguresDescription);
        runs.MapGet("/{runId}/breakdowns/types", (IBenchmarkEngine engine, string runId, string? measure, string? target, string? scheme, string? view, CancellationToken token) =>
                BreakdownAsync(engine, runId, new(measure, target, scheme, view), (entries, query) => BreakdownTable.PerEntityType(entries, query.Metric.Scheme, query.View), token))
            .WithName("GetRunEntityTypeBreakdown").WithSummary("Entity counts and P, R, F1 per entity type under the metric's scheme, summed over the run." + FiguresDescription);
        runs.MapGet("/{runId}/export", ExportAsync).WithName("ExportRun")
            .WithSummary("A download of the run's results as csv, json or markdown (format), at level task, combo, summary, model, prompt, element or type; the files mcodebench export writes." + FiguresDescription)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown");
    }

    private static async Task<Results<Ok<ResultsSummary>, ValidationProblem, ProblemHttpResult>> SummaryAsync(
        IBenchmarkEngine engine, string runId, string? measure, string? target, string? scheme, string? view, CancellationToken cancellationToken)
    {
        var (run, query, invalid, missing) = await ReadAsync(engine, runId, new(measure, target, scheme, view), cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        if (missing is not null)
        {
            return missing;
        }

        var entries = await StoredLeaderboardEntries.ReadAsync(new RunResultsReader(engine.Database), run!.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ResultsSummary.From(entries, query!.Metric, query.View));
    }

    private static Task<Results<Ok<IReadOnlyList<ComparisonRow>>, ValidationProblem, ProblemHttpResult>> ComparisonAsync(
        IBenchmarkEngine engine, string runId, QueryText text, Func<IReadOnlyList<LeaderboardEntry>, ReportQuery, IReadOnlyList<ComparisonRow>> build, CancellationToken cancellationToken) =>
        TableAsync(engine, runId, text, build, cancellationToken);

    private static Task<Results<Ok<IReadOnlyList<BreakdownRow>>, ValidationProblem, ProblemHttpResult>> BreakdownAsync(
        IBenchmarkEngine engine, string runId, QueryText text, Func<IReadOnlyList<LeaderboardEntry>, ReportQuery, IReadOnlyList<BreakdownRow>> build, CancellationToken cancellationToken) =>
        TableAsync(engine, runId, text, build, cancellationToken);

    private static async Task<Results<Ok<IReadOnlyList<TRow>>, ValidationProblem, ProblemHttpResult>> TableAsync<TRow>(
        IBenchmarkEngine engine, string runId, QueryText text, Func<IReadOnlyList<LeaderboardEntry>, ReportQuery, IReadOnlyList<TRow>> build, CancellationToken cancellationToken)
    {
        var (run, query, invalid, missing) = await ReadAsync(engine, runId, text, cancellationToken).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        if (missing is not null)
        {
            return missing;
        }

        var entries = await StoredLeaderboardEntries.ReadAsync(new RunResultsReader(engine.Database), run!.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(build(entries, query!));
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        IBenchmarkEngine engine, StatisticsOptions statistics, string runId, string? format, string? level, string? measure, string? target, string? scheme, string? view, bool? bom, CancellationToken cancellationToken)
    {
        var exportFormat = (format ?? "csv").Trim().ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "json" => ExportFormat.Json,
            "markdown" or "md" => ExportFormat.Markdown,
            _ => (ExportFormat?)null,
        };
        var exportLevel = level is null ? ExportLevel.Task : ExportNames.LevelNamed(level);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (exportFormat is null)
        {
            errors["format"] = [$"format is '{format}'; use csv, json or markdown."];
        }

        if (exportLevel is null)
        {
            errors["level"] = [$"level is '{level}'; use one of {string.Join(", ", Enum.GetValues<ExportLevel>().Select(ExportNames.Of))}."];
        }

        if (bom == true && exportFormat is not null and not ExportFormat.Csv)
        {
            errors["bom"] = ["bom applies to CSV only; leave it out or ask for format=csv."];
        }

        var (run, query, invalid, missing) = await ReadAsync(engine, runId, new(measure, target, scheme, view), cancellationToken).ConfigureAwait(false);
        if (invalid is not null || errors.Count > 0)
        {
            foreach (var (name, messages) in invalid?.ProblemDetails.Errors ?? new Dictionary<string, string[]>())
            {
                errors[name] = messages;
            }

            return TypedResults.ValidationProblem(errors, title: "The export asked for does not exist", detail: "Fix the query parameters listed under 'errors'.");
        }

        if (missing is not null)
        {
            return missing;
        }

        var exporter = ResultsExporters.For(exportFormat!.Value, bom == true);
        var exported = new ExportedRun(run!.Id, run.Name, query!.Metric, DateTime.UtcNow) { View = query.View, GoldDigest = run.GoldDigest, TrialTextDigest = run.TrialTextDigest };
        var models = engine.Workspace.Models;
        var reader = new RunResultsReader(engine.Database);
        var fileName = string.Concat(run.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')) + "-" + ExportNames.Of(exportLevel!.Value) + exporter.FileExtension;

        // The task level streams row by row from the database into the response. The other levels are small (a row per
        // combination or per key) and are built in memory first: the combination JSON nests aggregates through
        // JsonSerializer, which flushes synchronously, and Kestrel refuses synchronous writes.
        return TypedResults.Stream(
            async body =>
            {
                if (exportLevel.Value == ExportLevel.Task)
                {
                    await exporter.ExportTasksAsync(
                        exported,
                        reader.ReadTasksAsync(run.Id, cancellationToken).Select(task => new TaskResultRow(task.Stored.Task, task.Report, models.IsSimulated(task.Stored.Task.ModelKey))),
                        body,
                        cancellationToken).ConfigureAwait(false);
                    return;
                }

                using var buffer = new MemoryStream();
                if (exportLevel.Value == ExportLevel.Combination)
                {
                    var rows = await StoredLeaderboard.BuildAsync(reader, run.Id, models, query.Metric, top: null, statistics, cancellationToken).ConfigureAwait(false);
                    await exporter.ExportCombinationsAsync(exported, rows, buffer, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var entries = await StoredLeaderboardEntries.ReadAsync(reader, run.Id, cancellationToken).ConfigureAwait(false);
                    await ReportExports.ExportAsync(exporter, exported, exportLevel.Value, entries, models, buffer, cancellationToken).ConfigureAwait(false);
                }

                buffer.Position = 0;
                await buffer.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
            },
            exporter.ContentType,
            fileName);
    }

    private static async Task<(StoredRun? Run, ReportQuery? Query, ValidationProblem? Invalid, ProblemHttpResult? Missing)> ReadAsync(
        IBenchmarkEngine engine, string runId, QueryText text, CancellationToken cancellationToken)
    {
        var run = await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);

        // The query is checked against the run's metric when there is a run; otherwise an unknown run is the answer.
        var invalid = ReportQuery.TryRead(run?.Spec.Ranking ?? RankingMetric.Default, text.Measure, text.Target, text.Scheme, text.View, out var query);
        return (run, query, invalid, run is null ? ApiProblems.RunNotFound(runId) : null);
    }

    /// <summary>The figures' query parameters as the client wrote them.</summary>
    private sealed record QueryText(string? Measure, string? Target, string? Scheme, string? View);
}
