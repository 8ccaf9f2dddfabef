using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McodeBench.Core.Execution;
using McodeBench.Engine.Orchestration;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

public sealed class RealEngineApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_started_through_the_api_on_the_real_engine_finishes_and_ranks_its_combination()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        using var clients = ModelClientRegistry.CreateDefault();
        await using var engine = new BenchmarkEngine(environment.Database, environment.Engine.Workspace, clients, new EngineOptions { GlobalConcurrency = 2 });
        await engine.StartAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, engine);

        var runId = await RunApiTests.StartAsync(server, """
            {"name": "real", "prompt_keys": ["extract-structured", "map-coded"], "model_keys": ["rules-baseline"], "trial_ids": ["NCT99000001", "NCT99000002"]}
            """);

        var progress = await WaitUntilDoneAsync(server, runId);
        Assert.Equal(2, progress.GetProperty("total").GetInt32());
        Assert.Equal(2, progress.GetProperty("counts").GetProperty("completed").GetInt32());

        var rows = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runId}/leaderboard", UriKind.Relative), Cancel);
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal("rules-baseline", row.GetProperty("model").GetString());
        Assert.False(row.GetProperty("simulated").GetBoolean());
        Assert.Equal(2, row.GetProperty("tasks").GetInt32());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("rank_value").ValueKind);

        var tasks = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/tasks?run_id={runId}&status=completed", UriKind.Relative), Cancel);
        Assert.Equal(2, tasks.GetProperty("total").GetInt32());
        var events = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runId}/events", UriKind.Relative), Cancel);
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("started", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> WaitUntilDoneAsync(TrackerTestServer server, string runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await server.Client.GetAsync(new Uri($"/api/runs/{runId}/progress", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var progress = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            if (progress.GetProperty("done").GetInt32() == progress.GetProperty("total").GetInt32())
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, $"run {runId} did not finish within a minute: {progress}");
            await Task.Delay(100, Cancel);
        }
    }
}
