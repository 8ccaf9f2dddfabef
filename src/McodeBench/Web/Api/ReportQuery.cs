using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary>
/// The metric and view a results table is computed in, from the query (<c>measure</c>, <c>target</c>, <c>scheme</c>,
/// <c>view</c>); a parameter left out takes the run's own metric, and the view defaults to all attempts. Every bad
/// parameter is reported at once, keyed by its name.
/// </summary>
internal sealed record ReportQuery(RankingMetric Metric, AggregateView View)
{
    public static ValidationProblem? TryRead(RankingMetric runMetric, string? measure, string? target, string? scheme, string? view, out ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(runMetric);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var measureValue = Read<RankingMeasure>(measure, "measure", errors);
        var targetValue = Read<RankingTarget>(target, "target", errors);
        var schemeValue = Read<EntityScheme>(scheme, "scheme", errors);
        var viewValue = Read<AggregateView>(view, "view", errors);
        var metric = new RankingMetric(measureValue ?? runMetric.Measure, targetValue ?? runMetric.Target, schemeValue ?? runMetric.Scheme);
        if (errors.Count == 0)
        {
            foreach (var problem in metric.Validate())
            {
                // ranking.scheme → scheme: the client wrote query parameters, not a run spec.
                var name = problem.JsonPath is { } path && path.StartsWith("ranking.", StringComparison.Ordinal) ? path["ranking.".Length..] : problem.JsonPath ?? "ranking";
                errors[name] = [problem.Message];
            }
        }

        query = new ReportQuery(metric, viewValue ?? AggregateView.AllAttempts);
        return errors.Count == 0
            ? null
            : TypedResults.ValidationProblem(errors, title: "The figures asked for do not exist", detail: "Fix the query parameters listed under 'errors'.");
    }

    private static T? Read<T>(string? text, string parameter, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (QueryEnum.TryParse<T>(text, parameter, out var value, out var problem))
        {
            return value;
        }

        errors[parameter] = [problem!];
        return null;
    }
}
