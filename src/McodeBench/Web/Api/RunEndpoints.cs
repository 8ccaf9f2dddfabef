using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace McodeBench.Web.Api;

/// <summary><c>/api/runs</c>: start runs from a spec, list and read them, control them, read their leaderboard and log.</summary>
internal static class RunEndpoints
{
    public static void Map(RouteGroupBuilder runs)
    {
        runs.MapGet("/", ListAsync).WithName("ListRuns").WithSummary("Runs, newest first (filter by status; page with offset and limit).");
        runs.MapPost("/", StartAsync).WithName("StartRun").WithSummary("Validates a run spec, stores the run and its tasks and queues them.")
            .Accepts<RunSpec>("application/json");
        runs.MapPost("/estimate", EstimateAsync).WithName("EstimateRun").WithSummary("What a run spec would cost (tasks, calls, tokens, money) without starting it.")
            .Accepts<RunSpec>("application/json");
        runs.MapGet("/{runId}", GetAsync).WithName("GetRun").WithSummary("One run with its spec and progress.");
        runs.MapGet("/{runId}/progress", ProgressAsync).WithName("GetRunProgress").WithSummary("Done and total, counts per status, rate and ETA.");
        runs.MapPost("/{runId}/cancel", (IBenchmarkEngine engine, string runId, CancellationToken token) => ControlAsync(engine, runId, t => engine.CancelRunAsync(runId, t), token))
            .WithName("CancelRun").WithSummary("Cancels the run: unfinished tasks end Cancelled; finished results are kept.");
        runs.MapPost("/{runId}/pause", (IBenchmarkEngine engine, string runId, CancellationToken token) => ControlAsync(engine, runId, t => engine.PauseRunAsync(runId, t), token))
            .WithName("PauseRun").WithSummary("Pauses the run: waiting tasks are held; running ones finish.");
        runs.MapPost("/{runId}/resume", (IBenchmarkEngine engine, string runId, CancellationToken token) => ControlAsync(engine, runId, t => engine.ResumeRunAsync(runId, t), token))
            .WithName("ResumeRun").WithSummary("Resumes a paused run, or picks up one a restart interrupted.");
        runs.MapPost("/{runId}/retry", RetryAsync)
            .WithName("RetryFailedTasks").WithSummary("Queues the run's failed tasks again (scope all_failed, the default, or transient_only).");
        runs.MapPut("/{runId}/priority", ChangePriorityAsync).WithName("ChangeRunPriority").WithSummary("Sets the priority of the run and its unfinished tasks.")
            .Accepts<PriorityChange>("application/json");
        runs.MapGet("/{runId}/leaderboard", LeaderboardAsync).WithName("GetRunLeaderboard")
            .WithSummary("The run's prompt × model combinations ranked, from its finished tasks (by the run's metric unless measure, target or scheme are given).");
        runs.MapGet("/{runId}/events", EventsAsync).WithName("GetRunEvents").WithSummary("The run's stored log lines after an event id, oldest first.");
    }

    private static async Task<Results<Ok<Page<StoredRun>>, ProblemHttpResult>> ListAsync(IBenchmarkEngine engine, string[]? status, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 500)
        {
            return ApiProblems.BadRequest("offset must be 0 or more and limit from 1 to 500.");
        }

        var statuses = new List<RunStatus>();
        foreach (var text in status ?? [])
        {
            if (!QueryEnum.TryParse<RunStatus>(text, "status", out var parsed, out var problem))
            {
                return ApiProblems.BadRequest(problem!);
            }

            statuses.AddRange(parsed is { } value ? [value] : []);
        }

        var page = await engine.Database.Runs.ListAsync(
            new RunQuery { Statuses = statuses.Count > 0 ? statuses : null, Offset = offset ?? 0, Limit = limit ?? 50 }, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Created<StartedRun>, ValidationProblem, ProblemHttpResult>> StartAsync(IBenchmarkEngine engine, HttpRequest request, CancellationToken cancellationToken)
    {
        var (spec, fieldErrors, problem) = await RunSpecBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var admission = engine.Check(spec!);
        if (fieldErrors.Count > 0 || !admission.IsAdmitted)
        {
            return ApiProblems.Rejected(admission.Problems, fieldErrors);
        }

        try
        {
            var started = await engine.StartRunAsync(spec!, cancellationToken).ConfigureAwait(false);
            return TypedResults.Created($"/api/runs/{Uri.EscapeDataString(started.RunId)}", started);
        }
        catch (RunSpecRejectedException rejected)
        {
            return ApiProblems.Rejected(rejected.Problems);
        }
    }

    // The token is the request's: a client that goes away stops the estimate.
    private static async Task<Results<Ok<DryRunEstimate>, ValidationProblem, ProblemHttpResult>> EstimateAsync(IBenchmarkEngine engine, HttpRequest request, CancellationToken cancellationToken)
    {
        var (spec, fieldErrors, problem) = await RunSpecBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var admission = engine.Check(spec!);
        if (fieldErrors.Count > 0 || !admission.IsAdmitted)
        {
            return ApiProblems.Rejected(admission.Problems, fieldErrors);
        }

        try
        {
            return TypedResults.Ok(await engine.EstimateAsync(spec!, cancellationToken).ConfigureAwait(false));
        }
        catch (RunSpecRejectedException rejected)
        {
            return ApiProblems.Rejected(rejected.Problems);
        }
    }

    private static async Task<Results<Ok<RunDetails>, ProblemHttpResult>> GetAsync(IBenchmarkEngine engine, string runId, CancellationToken cancellationToken)
    {
        var run = await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        var progress = await engine.GetProgressAsync(runId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new RunDetails(run, ProgressView.From(progress)));
    }

    private static async Task<Results<Ok<ProgressView>, ProblemHttpResult>> ProgressAsync(IBenchmarkEngine engine, string runId, CancellationToken cancellationToken)
    {
        if (await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        return TypedResults.Ok(ProgressView.From(await engine.GetProgressAsync(runId, cancellationToken).ConfigureAwait(false)));
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> ControlAsync(
        IBenchmarkEngine engine, string runId, Func<CancellationToken, Task<ControlResult>> control, CancellationToken cancellationToken)
    {
        if (await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        try
        {
            return TypedResults.Ok(await control(cancellationToken).ConfigureAwait(false));
        }
        catch (RunControlException refused)
        {
            return ApiProblems.ControlRefused(refused.Message);
        }
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> RetryAsync(IBenchmarkEngine engine, string runId, string? scope, CancellationToken cancellationToken)
    {
        if (!QueryEnum.TryParse<RetryScope>(scope, "scope", out var parsed, out var problem))
        {
            return ApiProblems.BadRequest(problem!);
        }

        return await ControlAsync(engine, runId, t => engine.RetryFailedAsync(runId, parsed ?? RetryScope.AllFailed, t), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> ChangePriorityAsync(IBenchmarkEngine engine, string runId, HttpRequest request, CancellationToken cancellationToken)
    {
        var (change, problem) = await JsonBody.ReadAsync<PriorityChange>(request, "{\"priority\": \"low|normal|high|critical\"}", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return await ControlAsync(engine, runId, t => engine.ChangeRunPriorityAsync(runId, change!.Priority, t), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<IReadOnlyList<LeaderboardRow>>, ValidationProblem, ProblemHttpResult>> LeaderboardAsync(
        IBenchmarkEngine engine, StatisticsOptions statistics, string runId, string? measure, string? target, string? scheme, int? top, CancellationToken cancellationToken)
    {
        if (!QueryEnum.TryParse<RankingMeasure>(measure, "measure", out var measureValue, out var problem)
            || !QueryEnum.TryParse<RankingTarget>(target, "target", out var targetValue, out problem)
            || !QueryEnum.TryParse<EntityScheme>(scheme, "scheme", out var schemeValue, out problem))
        {
            return ApiProblems.BadRequest(problem!);
        }

        var run = await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        var metric = new RankingMetric(measureValue ?? run.Spec.Ranking.Measure, targetValue ?? run.Spec.Ranking.Target, schemeValue ?? run.Spec.Ranking.Scheme);
        var problems = metric.Validate();
        if (problems.Count > 0 || top is < 1)
        {
            var errors = problems.ToDictionary(p => p.JsonPath ?? "ranking", p => new[] { p.Message });
            if (top is < 1)
            {
                errors["top"] = ["top must be at least 1, or left out for every combination."];
            }

            return TypedResults.ValidationProblem(errors, title: "The ranking asked for does not exist", detail: "Fix the query parameters listed under 'errors'.");
        }

        var rows = await StoredLeaderboard.BuildAsync(new RunResultsReader(engine.Database), runId, engine.Workspace.Models, metric, top ?? run.Spec.TopN, statistics, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<IReadOnlyList<StoredEvent>>, ProblemHttpResult>> EventsAsync(
        IBenchmarkEngine engine, string runId, long? after, int? limit, [FromQuery(Name = "min_level")] string? minLevel, CancellationToken cancellationToken)
    {
        if (!QueryEnum.TryParse<EventLevel>(minLevel, "min_level", out var level, out var problem))
        {
            return ApiProblems.BadRequest(problem!);
        }

        if (limit is < 1 or > 5_000)
        {
            return ApiProblems.BadRequest("limit must be from 1 to 5000.");
        }

        if (await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        var events = await engine.Database.Events.ReadAfterAsync(after ?? 0, runId, limit ?? 1_000, level ?? EventLevel.Debug, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(events);
    }
}
