using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace McodeBench.Web.Security;

/// <summary>
/// Authenticates API clients by the access token in <c>Authorization: Bearer …</c> or <c>X-Access-Token</c>. Browsers
/// sign in once on <c>/access</c> and then carry a cookie (<see cref="AccessSchemes.Cookie"/>).
/// </summary>
internal sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessPolicy policy)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Access-Token";

    private const string BearerPrefix = "Bearer ";

    /// <summary>True when the request carries a token in a header (then this handler, not the cookie, decides).</summary>
    public static bool HasTokenHeader(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.Any(value => value?.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) == true);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (policy.Token is not { } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Request.Headers[HeaderName].FirstOrDefault()
            ?? Request.Headers.Authorization.Select(v => v ?? string.Empty)
                .Where(v => v.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => v[BearerPrefix.Length..])
                .FirstOrDefault();
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!token.Matches(presented))
        {
            return Task.FromResult(AuthenticateResult.Fail("The access token does not match."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, AccessSchemes.UserName)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessProblems.WriteUnauthorizedAsync(Context);
}
