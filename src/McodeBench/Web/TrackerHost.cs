using McodeBench.Configuration;
using McodeBench.Core.Library;
using McodeBench.Core.Statistics.Options;
using McodeBench.Logging;
using McodeBench.Web.Api;
using McodeBench.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Events;

namespace McodeBench.Web;

/// <summary>
/// Builds the web tracker (<c>mcodebench serve</c>): Blazor pages rendered interactively on the server, the REST API
/// under <c>/api</c> with its OpenAPI document and reference page, and the access rules. The engine is registered by
/// the caller, so tests can put a fake or a real engine over a temporary database behind the same host.
/// </summary>
public static class TrackerHost
{
    public const string OpenApiDocument = "v1";

    public const string ApiReferencePath = "/api/reference";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <exception cref="TrackerStartRefusedException">The addresses and token do not allow a safe start; the message says what to change.</exception>
    /// <param name="addEngine">Registers <c>IBenchmarkEngine</c> (and whatever it needs, such as the silo) on the builder.</param>
    /// <param name="configure">Last changes to the builder (tests use a test server).</param>
    public static WebApplication Build(TrackerHostOptions options, Action<WebApplicationBuilder> addEngine, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(addEngine);
        var policy = AccessPolicy.For(options.Urls, options.AccessToken);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The assembly of the pages, not the process's entry assembly (a test host), names the static assets.
            ApplicationName = typeof(TrackerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        // McodeBench's own configuration (appsettings.json, MCODEBENCH_ variables) is already bound; ASP.NET Core must
        // not read the same files again with other meanings.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // A loopback tracker answers only to loopback names: a web page cannot reach it by DNS rebinding.
            ["AllowedHosts"] = policy.LoopbackOnly ? string.Join(';', LoopbackHosts(policy)) : "*",
        });
        builder.WebHost.UseUrls(policy.Addresses.Select(a => a.Url).ToArray());
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.ClearProviders();
        if (options.Configuration?.Options is { } settings)
        {
            // Framework chatter (every request, every silo option) only from Warning up, unless the log level is stricter still.
            var chatter = (LogEventLevel)Math.Max((int)McodeBenchLogging.ToSerilog(settings.LogLevel), (int)LogEventLevel.Warning);
            builder.Services.AddSerilog(
                serilog => McodeBenchLogging.Configure(serilog, settings, options.Environment)
                    .MinimumLevel.Override("Microsoft.AspNetCore", chatter)
                    .MinimumLevel.Override("Orleans", chatter),
                preserveStaticLogger: true);
            builder.Services.AddSingleton(settings);
            builder.Services.AddSingleton(options.Configuration);
        }

        AddServices(builder.Services, options, policy);
        addEngine(builder);
        configure?.Invoke(builder);

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, TrackerHostOptions options, AccessPolicy policy)
    {
        services.AddSingleton(policy);
        services.AddSingleton(options.Environment);
        services.AddSingleton(new ApiKeyResolver(name => options.Environment.Variable(name)));
        services.AddSingleton(TimeProvider.System);

        // The statistics settings (Statistics:Resamples, ...) every leaderboard, comparison and stratum is computed with.
        services.AddSingleton(options.Configuration?.Options?.Statistics ?? StatisticsOptions.Default);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddProblemDetails();

        // A request the server refused while reading it (a body past Kestrel's limit, a malformed request) is the
        // client's mistake with its own status (413, 400), not a 500.
        services.Configure<ExceptionHandlerOptions>(handler =>
            handler.StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "mcodebench_antiforgery");
        services.AddOpenApi(OpenApiDocument, TrackerApiDocument.Configure);
        services.ConfigureHttpJsonOptions(json => TrackerApiJson.Configure(json.SerializerOptions));

        services.AddAuthentication(AccessSchemes.Selector)
            .AddPolicyScheme(AccessSchemes.Selector, "Access token or sign-in cookie", scheme =>
                scheme.ForwardDefaultSelector = context => AccessTokenAuthenticationHandler.HasTokenHeader(context.Request) ? AccessSchemes.Token : AccessSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessSchemes.Token, null)
            .AddCookie(AccessSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = AccessSchemes.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = AccessSchemes.SignInPath;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(7);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context =>
                {
                    if (AccessProblems.IsApiPath(context.Request.Path))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return AccessProblems.WriteUnauthorizedAsync(context.HttpContext);
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization(authorization =>
        {
            if (policy.RequiresToken)
            {
                // Every endpoint (pages, the Blazor hub, the API, static files) needs the token unless marked anonymous.
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder(AccessSchemes.Selector).RequireAuthenticatedUser().Build();
            }
        });
        services.AddCascadingAuthenticationState();

        // Results, task, configuration and system pages (h/web2).
        services.AddInsightPages();
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapAccessEndpoints();
        app.MapTrackerApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(ApiReferencePath, scalar =>
        {
            // Everything offline: the bundled script, no web fonts, no AI agent, no proxy.
            scalar.DefaultFonts = false;
            scalar.WithTitle("McodeBench API").DisableAgent();
        });
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    private static IEnumerable<string> LoopbackHosts(AccessPolicy policy) =>
        LoopbackNames
            .Concat(policy.Addresses.Select(a => a.Host.Contains(':', StringComparison.Ordinal) ? $"[{a.Host}]" : a.Host))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
