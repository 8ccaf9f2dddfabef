using McodeBench.Engine.Orchestration;
using McodeBench.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace McodeBench.Tests.Web.Support;

/// <summary>The tracker as <c>mcodebench serve</c> builds it, on an in-memory test server, with the test's engine.</summary>
internal sealed class TrackerTestServer : IAsyncDisposable
{
    private TrackerTestServer(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<TrackerTestServer> StartAsync(WebTestEnvironment environment, string urls = "http://127.0.0.1:5080", string? accessToken = null)
    {
        var app = TrackerHost.Build(
            new TrackerHostOptions { Urls = urls, AccessToken = accessToken, Environment = environment.Environment },
            builder => builder.Services.AddSingleton<IBenchmarkEngine>(environment.Engine),
            builder => builder.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TrackerTestServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
