using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace McodeBench.Web.Api;

/// <summary><c>/api/events</c>: the stored event log of every run, read after the last id a client saw.</summary>
internal static class EventEndpoints
{
    public static void Map(RouteGroupBuilder events) =>
        events.MapGet("/", ReadAsync).WithName("ReadEvents")
            .WithSummary("Stored log lines with an id above 'after', oldest first; poll with the last id seen. Filter by run_id and min_level.");

    private static async Task<Results<Ok<IReadOnlyList<StoredEvent>>, ProblemHttpResult>> ReadAsync(
        IBenchmarkEngine engine, long? after, [FromQuery(Name = "run_id")] string? runId, int? limit, [FromQuery(Name = "min_level")] string? minLevel, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 5_000)
        {
            return ApiProblems.BadRequest("limit must be from 1 to 5000.");
        }

        if (!QueryEnum.TryParse<EventLevel>(minLevel, "min_level", out var level, out var problem))
        {
            return ApiProblems.BadRequest(problem!);
        }

        var lines = await engine.Database.Events.ReadAfterAsync(after ?? 0, string.IsNullOrWhiteSpace(runId) ? null : runId, limit ?? 1_000, level ?? EventLevel.Debug, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(lines);
    }
}
