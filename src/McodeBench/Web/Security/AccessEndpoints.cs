using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace McodeBench.Web.Security;

/// <summary>
/// <c>/access</c>: the page where a browser gives the access token once and gets a sign-in cookie. A plain HTML page
/// with no script or style from elsewhere, so it works before anything else of the tracker may be loaded.
/// </summary>
internal static class AccessEndpoints
{
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(AccessSchemes.SignInPath).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, LocalOrRoot(returnUrl), error: null, StatusCodes.Status200OK));
        group.MapPost("/", SignInAsync);
        group.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(AccessSchemes.Cookie).ConfigureAwait(false);
            return Results.Redirect(AccessSchemes.SignInPath);
        });
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AccessPolicy policy, [FromForm] string? token, [FromForm] string? returnUrl)
    {
        var target = LocalOrRoot(returnUrl);
        if (policy.Token is not { } expected)
        {
            return Results.Redirect(target);
        }

        if (!expected.Matches(token))
        {
            return Page(context, antiforgery, target, "That is not this tracker's access token. Ask whoever runs mcodebench serve for it (its AccessToken setting).", StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, AccessSchemes.UserName)], AccessSchemes.Cookie);
        // Persistent: without it the cookie has no expiry date and the browser drops it when it closes, instead of
        // keeping the sign-in for the documented 7 days (ExpireTimeSpan, sliding).
        await context.SignInAsync(AccessSchemes.Cookie, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true }).ConfigureAwait(false);
        return Results.Redirect(target);
    }

    /// <summary>Only paths on this site, so the sign-in page cannot be used to send people elsewhere.</summary>
    public static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? string.Empty : $"<p role=\"alert\" class=\"error\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Sign in · McodeBench</title>
            <style>
              body { font-family: system-ui, sans-serif; margin: 0; background: #f5f5f5; color: #1f1f1f; }
              main { max-width: 26rem; margin: 10vh auto; padding: 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
              label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
              input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #6b6b6b; border-radius: 4px; }
              button { margin-top: 1rem; padding: .6rem 1.2rem; font-size: 1rem; background: #1565c0; color: #fff; border: 0; border-radius: 4px; }
              .error { color: #b3261e; font-weight: 600; }
            </style>
            </head>
            <body>
            <main>
            <h1>McodeBench tracker</h1>
            <p>This tracker is reachable from other machines, so it asks for its access token.</p>
            {{message}}
            <form method="post" action="{{AccessSchemes.SignInPath}}">
              <input type="hidden" name="{{WebUtility.HtmlEncode(tokens.FormFieldName)}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}" />
              <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}" />
              <label for="token">Access token</label>
              <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
              <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
