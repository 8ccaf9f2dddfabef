namespace McodeBench.Web.Security;

/// <summary>
/// Refuses API calls that change something when a browser says they come from another site. On loopback the tracker
/// has no token, so without this any web page the user opens could POST to <c>http://127.0.0.1:5080/api/…</c>
/// (a form post needs no CORS preflight). Clients that are not browsers send neither header and are let through.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (AccessProblems.IsApiPath(request.Path) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && IsCrossSite(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return AccessProblems.WriteCrossSiteAsync(context);
        }

        return next(context);
    }

    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].FirstOrDefault();
        if (site is not null && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase) && !string.Equals(site, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.FirstOrDefault();
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
