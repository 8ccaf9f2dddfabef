using System.Text.Json;
using McodeBench.Core.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary>The API's error answers: RFC 9457 problem details whose detail says what to do.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult RunNotFound(string runId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such run",
        detail: $"There is no run '{runId}'. GET /api/runs lists the runs and their ids.");

    public static ProblemHttpResult TaskNotFound(string taskId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such task",
        detail: $"There is no task '{taskId}'. GET /api/tasks lists tasks and their ids (a run's with ?run_id=RUN).");

    /// <summary>A control the run's or task's state does not allow; the engine's message says why.</summary>
    public static ProblemHttpResult ControlRefused(string message) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The control cannot be applied",
        detail: message);

    /// <summary>
    /// Every problem of a run spec, keyed by its field path (<c>prompt_keys[1]</c>, <c>ranking.scheme</c>), each once:
    /// the body's field errors (wrong kind, missing, unknown) and admission's problems of the other fields.
    /// </summary>
    public static ValidationProblem Rejected(IReadOnlyList<Diagnostic> problems, IReadOnlyDictionary<string, string[]>? fieldErrors = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = new Dictionary<string, string[]>(fieldErrors ?? new Dictionary<string, string[]>(), StringComparer.Ordinal);
        var roots = errors.Keys.Select(RootField).ToHashSet(StringComparer.Ordinal);
        foreach (var group in problems.Where(p => !roots.Contains(RootField(p.JsonPath))).GroupBy(p => string.IsNullOrEmpty(p.JsonPath) ? "spec" : p.JsonPath))
        {
            errors[group.Key] = group.Select(p => p.Fix.Length > 0 ? $"{p.Message} {p.Fix}" : p.Message).Distinct(StringComparer.Ordinal).ToArray();
        }

        return TypedResults.ValidationProblem(
            errors,
            title: "The run spec has problems",
            detail: "Nothing was started. Fix every field listed under 'errors' and send the spec again; POST /api/runs/estimate checks a spec without starting it.");
    }

    /// <summary>A body the server stopped reading for another reason than its size (cut off, too slow): its own status.</summary>
    public static ProblemHttpResult BodyRefused(BadHttpRequestException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.Problem(statusCode: error.StatusCode, title: "The request body could not be read", detail: "The body ended before it was complete; send it again.");
    }

    /// <summary>A request body that is not the JSON expected, with the place in it.</summary>
    public static ProblemHttpResult BadJson(JsonException error, string expected)
    {
        ArgumentNullException.ThrowIfNull(error);
        var place = error.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        var line = error.LineNumber is long number ? $" (line {number + 1}, byte {error.BytePositionInLine + 1})" : string.Empty;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request body is not valid JSON for this call",
            detail: $"{Reason(error.Message)}{place}{line}. Send {expected} as JSON with snake_case names, for example {{\"name\": \"my-run\", \"prompt_keys\": [\"extract-structured\", \"map-coded\"], \"model_keys\": [\"rules-baseline\"], \"trial_ids\": [\"tag:sample\"]}}.");
    }

    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request cannot be used as it is",
        detail: detail);

    /// <summary>413: a body larger than an API call takes, answered before (or instead of) reading it.</summary>
    public static ProblemHttpResult TooLarge(long limitBytes, string expected) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large",
        detail: $"An API call takes a JSON body of at most {limitBytes / 1024:N0} KB; send {expected} (a run spec is a few kilobytes).");

    public static ProblemHttpResult EmptyBody(string expected) => BadRequest($"The request has no body; send {expected} as JSON (Content-Type: application/json).");

    private static string RootField(string? path)
    {
        var text = path ?? string.Empty;
        var end = text.IndexOfAny(['[', '.']);
        return end < 0 ? text : text[..end];
    }

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
