using Microsoft.AspNetCore.Mvc;

namespace McodeBench.Web.Security;

/// <summary>The answers the access checks give, as ProblemDetails that say what to do.</summary>
internal static class AccessProblems
{
    public static Task WriteUnauthorizedAsync(HttpContext context) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "Access token required",
        Detail = $"This tracker needs its access token. Send it as 'Authorization: Bearer TOKEN' or '{AccessTokenAuthenticationHandler.HeaderName}: TOKEN', or sign in at {AccessSchemes.SignInPath} in a browser. "
            + "The token is the AccessToken setting (or MCODEBENCH_ACCESS_TOKEN) of the machine running mcodebench serve.",
    }).ExecuteAsync(context);

    public static Task WriteCrossSiteAsync(HttpContext context) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Cross-site request refused",
        Detail = "Changes through the API are only accepted from the tracker's own pages or from clients that are not browsers (curl, scripts). "
            + "Call the API from the tracker's address, or without the browser's Origin header.",
    }).ExecuteAsync(context);

    /// <summary>True for the paths that answer in JSON rather than with pages (these get 401, not a redirect to sign in).</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
