using System.Net;
using System.Text;
using System.Text.Json;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

/// <summary>A body larger than an API call takes is the client's mistake: 413 with a problem saying the limit, never 500.</summary>
public sealed class RequestSizeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/estimate")]
    public async Task A_body_over_the_limit_is_refused_with_413_naming_the_limit(string path)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var padding = new string(' ', 2 * 1024 * 1024);
        using var content = new StringContent("{\"name\": \"big\"" + padding + "}", Encoding.UTF8, "application/json");

        var response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("The request body is too large", problem.GetProperty("title").GetString());
        Assert.Contains("1,024 KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
