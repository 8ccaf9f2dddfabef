using Microsoft.AspNetCore.OpenApi;

namespace McodeBench.Web.Api;

/// <summary>The OpenAPI document's title, description and security scheme.</summary>
internal static class TrackerApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "McodeBench API";
            document.Info.Description =
                "Start benchmark runs from a run spec, follow and control them, read tasks, leaderboards and the event log. "
                + "Names and enum values are snake_case. Errors are RFC 9457 problem details that say what to fix. "
                + "When the tracker listens beyond this machine, send the access token as 'Authorization: Bearer TOKEN'.";
            return Task.CompletedTask;
        });
    }
}
