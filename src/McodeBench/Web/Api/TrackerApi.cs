namespace McodeBench.Web.Api;

/// <summary>Maps the REST API under <c>/api</c>; each concern's endpoints live in their own file.</summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api");
        var runs = api.MapGroup("/runs").WithTags("Runs");
        RunEndpoints.Map(runs);
        ReportEndpoints.Map(runs);
        StatisticsEndpoints.Map(api, runs);
        TaskEndpoints.Map(api.MapGroup("/tasks").WithTags("Tasks"));
        EventEndpoints.Map(api.MapGroup("/events").WithTags("Events"));
        return endpoints;
    }
}
