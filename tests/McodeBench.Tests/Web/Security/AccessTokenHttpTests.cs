using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Security;

public sealed partial class AccessTokenHttpTests
{
    private const string Token = "test-access-token-0123456789";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Beyond_loopback_the_api_answers_401_with_a_problem_that_says_how_to_send_the_token()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, "http://0.0.0.0:5080", Token);

        var response = await server.Client.GetAsync(new Uri("/api/runs", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Authorization: Bearer", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization", "Bearer " + Token)]
    [InlineData("X-Access-Token", Token)]
    public async Task The_right_token_in_a_header_opens_the_api(string header, string value)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, "http://0.0.0.0:5080", Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/runs", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await server.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_is_refused()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, "http://0.0.0.0:5080", Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/runs", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "-wrong");

        var response = await server.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Pages_send_a_browser_to_sign_in_and_the_token_given_there_opens_them()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, "http://0.0.0.0:5080", Token);

        var page = await server.Client.GetAsync(new Uri("/runs", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/access", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var signIn = await server.Client.GetAsync(new Uri("/access?returnUrl=%2Fruns", UriKind.Relative), Cancel);
        var form = await signIn.Content.ReadAsStringAsync(Cancel);
        var antiforgery = AntiforgeryField().Match(form);
        Assert.True(antiforgery.Success, "the sign-in form carries an antiforgery token");
        var cookies = Cookies(signIn);

        var wrong = await PostSignInAsync(server, cookies, antiforgery, "not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("not this tracker's access token", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        var right = await PostSignInAsync(server, cookies, antiforgery, Token);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/runs", right.Headers.Location!.OriginalString);
        var access = Cookies(right);
        Assert.Contains("mcodebench_access=", access, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, access, StringComparison.Ordinal);

        // A persistent cookie for the documented 7 days, not one the browser drops when it closes.
        var setCookie = Assert.Single(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mcodebench_access=", StringComparison.Ordinal));
        var expires = Regex.Match(setCookie, "expires=(?<date>[^;]+)", RegexOptions.IgnoreCase);
        Assert.True(expires.Success, setCookie);
        var lasts = DateTimeOffset.Parse(expires.Groups["date"].Value, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow;
        Assert.InRange(lasts, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));

        using var signedIn = new HttpRequestMessage(HttpMethod.Get, new Uri("/runs", UriKind.Relative));
        signedIn.Headers.Add("Cookie", access);
        var opened = await server.Client.SendAsync(signedIn, Cancel);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_is_refused()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, "http://0.0.0.0:5080", Token);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Token, ["returnUrl"] = "/" });

        var response = await server.Client.PostAsync(new Uri("/access", UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith("mcodebench_access=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData(null, "cross-site")]
    public async Task Api_changes_a_browser_sends_from_another_site_are_refused(string? origin, string? fetchSite)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/runs/any/cancel", UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        var response = await server.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(environment.Engine.Controls);
    }

    [Fact]
    public async Task Api_changes_from_the_trackers_own_origin_go_through()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/runs/missing/cancel", UriKind.Relative));
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await server.Client.SendAsync(request, Cancel);

        // Not refused as cross-site: it reaches the endpoint, which says the run does not exist.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("missing", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(TrackerTestServer server, string cookies, Match antiforgery, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/access", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(antiforgery.Groups["name"].Value)] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value),
                ["token"] = token,
                ["returnUrl"] = "/runs",
            }),
        };
        request.Headers.Add("Cookie", cookies);
        return await server.Client.SendAsync(request, Cancel);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
