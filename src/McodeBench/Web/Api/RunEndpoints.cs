using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace McodeBench.Web.Api;

/// <summary><c>/api/runs</c>: list, read, start and control runs.</summary>
internal static class RunEndpoints
{
    public static void Map(RouteGroupBuilder runs)
    {
        runs.MapGet("/", ListAsync).WithName("ListRuns").WithSummary("Runs, newest first.");
        runs.MapGet("/{runId}", GetAsync).WithName("GetRun").WithSummary("One run with its spec.");
    }

    private static async Task<Ok<Page<StoredRun>>> ListAsync(IBenchmarkEngine engine, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var page = await engine.Database.Runs.ListAsync(new RunQuery { Offset = Math.Max(0, offset ?? 0), Limit = Math.Clamp(limit ?? 50, 1, 500) }, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<StoredRun>, ProblemHttpResult>> GetAsync(IBenchmarkEngine engine, string runId, CancellationToken cancellationToken)
    {
        var run = await engine.Database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        return run is null ? ApiProblems.RunNotFound(runId) : TypedResults.Ok(run);
    }
}
