using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary>
/// The statistics layer's own reads (docs/statistics.md): <c>GET /api/compare?a=&amp;b=</c> (run B against run A) and
/// <c>GET /api/runs/{id}/strata?by=</c>. Leaderboard statistics come with <c>GET /api/runs/{id}/leaderboard</c>.
/// Resamples, shuffles, alpha and seed are the configured <c>Statistics:*</c> settings.
/// </summary>
internal static class StatisticsEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder runs)
    {
        api.MapGet("/compare", CompareAsync).WithTags("Statistics").WithName("CompareRuns")
            .WithSummary("Run b against run a per combination in both: Δ (b − a) with its 95% CI, paired p, Holm and BH adjusted across rows, regressions, improvements, per-trial flips (metric: run a's unless measure, target or scheme are given).");
        runs.MapGet("/{runId}/strata", StrataAsync).WithName("GetRunStrata")
            .WithSummary("The run's figures with 95% CIs per stratum of trials: by=condition, phase or length (text-length third); strata with too few trials are flagged.");
    }

    private static async Task<Results<Ok<RunComparisonReport>, ValidationProblem, ProblemHttpResult>> CompareAsync(
        IBenchmarkEngine engine, StatisticsOptions statistics, string? a, string? b, string? measure, string? target, string? scheme, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return ApiProblems.BadRequest("Give both runs: GET /api/compare?a=RUN_A&b=RUN_B (Δ = b − a).");
        }

        if (!QueryEnum.TryParse<RankingMeasure>(measure, "measure", out var measureValue, out var problem)
            || !QueryEnum.TryParse<RankingTarget>(target, "target", out var targetValue, out problem)
            || !QueryEnum.TryParse<EntityScheme>(scheme, "scheme", out var schemeValue, out problem))
        {
            return ApiProblems.BadRequest(problem!);
        }

        var runA = await engine.Database.Runs.GetAsync(a, cancellationToken).ConfigureAwait(false);
        if (runA is null)
        {
            return ApiProblems.RunNotFound(a);
        }

        if (await engine.Database.Runs.GetAsync(b, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.RunNotFound(b);
        }

        var metric = new RankingMetric(measureValue ?? runA.Spec.Ranking.Measure, targetValue ?? runA.Spec.Ranking.Target, schemeValue ?? runA.Spec.Ranking.Scheme);
        if (metric.Validate() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(
                problems.ToDictionary(p => p.JsonPath ?? "ranking", p => new[] { p.Message }),
                title: "The metric asked for does not exist",
                detail: "Fix the query parameters listed under 'errors'.");
        }

        var stored = await StoredRunComparison.BuildAsync(new RunResultsReader(engine.Database), a, b, metric, statistics, cancellationToken).ConfigureAwait(false);
        var models = engine.Workspace.Models;
        return TypedResults.Ok(RunComparisonReport.From(a, b, stored.Comparison, statistics, key => models.TryGet(key, out var model) && model.IsSimulated, stored.GoldNote));
    }

    private static async Task<Results<Ok<StrataView>, ProblemHttpResult>> StrataAsync(
        IBenchmarkEngine engine, StatisticsOptions statistics, string runId, string? by, CancellationToken cancellationToken)
    {
        if (!TrialStrata.TryParse(by, out var dimension))
        {
            return ApiProblems.BadRequest($"by must be one of {string.Join(", ", TrialStrata.Names)}, got '{by}'.");
        }

        if (await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.RunNotFound(runId);
        }

        var workspace = engine.Workspace;
        var rows = await StoredStrata.BuildAsync(new RunResultsReader(engine.Database), runId, dimension.Value, workspace.Trials, workspace.Sections, statistics, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new StrataView(runId, TrialStrata.NameOf(dimension.Value), statistics.MinTrialsPerStratum, rows));
    }
}
