using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary>The API's error answers: problem details whose detail says what to do.</summary>
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
}
