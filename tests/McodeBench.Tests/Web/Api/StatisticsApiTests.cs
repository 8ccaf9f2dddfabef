using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McodeBench.Core.Execution;
using McodeBench.Engine.Orchestration;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

/// <summary>
/// The statistics layer through the REST API on the real engine: the leaderboard's interface fields, run against run
/// (GET /api/compare) and strata (GET /api/runs/{id}/strata), with their refusals.
/// </summary>
public sealed class StatisticsApiTests
{
    private const string Spec = """
        {"name": "stats", "prompt_keys": ["extract-structured", "map-coded"], "model_keys": ["rules-baseline"], "trial_ids": ["NCT99000001", "NCT99000002", "NCT99000003"], "repeats": 2}
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Leaderboard_compare_and_strata_carry_the_statistics_and_refuse_bad_queries()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        using var clients = ModelClientRegistry.CreateDefault();
        await using var engine = new BenchmarkEngine(environment.Database, environment.Engine.Workspace, clients, new EngineOptions { GlobalConcurrency = 2 });
        await engine.StartAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment, engine);
        var runA = await RunApiTests.StartAsync(server, Spec);
        var runB = await RunApiTests.StartAsync(server, Spec);
        await WaitUntilDoneAsync(server, runA);
        await WaitUntilDoneAsync(server, runB);

        // The leaderboard: the best (only) row has no comparison, is tied with itself, and has repeat stability.
        var rows = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runA}/leaderboard", UriKind.Relative), Cancel);
        var row = Assert.Single(rows.EnumerateArray());
        var ci = row.GetProperty("rank_value_ci95");
        Assert.InRange(row.GetProperty("rank_value").GetDouble(), ci.GetProperty("lower").GetDouble(), ci.GetProperty("upper").GetDouble());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("comparison_to_best").ValueKind);
        Assert.True(row.GetProperty("tied_with_best").GetBoolean());
        Assert.True(row.GetProperty("pareto_optimal").GetBoolean());
        Assert.True(row.TryGetProperty("cost_per_correct_entity", out _));

        // The rules baseline is deterministic: its repeats agree exactly.
        var stability = row.GetProperty("stability");
        Assert.Equal(3, stability.GetProperty("trials_with_repeats").GetInt32());
        Assert.Equal(1.0, stability.GetProperty("entity_jaccard").GetDouble());

        // Two identical runs: Δ = 0, a CI of [0, 0], p = 1, and no regression or improvement.
        var compare = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/compare?a={runA}&b={runB}", UriKind.Relative), Cancel);
        Assert.Equal(runA, compare.GetProperty("run_a").GetString());
        Assert.Equal(runB, compare.GetProperty("run_b").GetString());
        var pair = Assert.Single(compare.GetProperty("rows").EnumerateArray());
        Assert.Equal("rules-baseline", pair.GetProperty("model").GetString());
        Assert.Equal("two-step", pair.GetProperty("pipeline").GetString());
        Assert.Equal(0.0, pair.GetProperty("delta").GetDouble());
        Assert.Equal(0.0, pair.GetProperty("delta_ci95").GetProperty("lower").GetDouble());
        Assert.Equal(1.0, pair.GetProperty("p_value").GetDouble());
        Assert.Equal(1.0, pair.GetProperty("p_value_holm").GetDouble());
        Assert.Equal(3, pair.GetProperty("trials_paired").GetInt32());
        Assert.Equal("no_significant_change", pair.GetProperty("change").GetString());
        Assert.Empty(compare.GetProperty("regressions").EnumerateArray());
        Assert.Empty(compare.GetProperty("only_in_a").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, compare.GetProperty("gold_note").ValueKind);

        // Strata: three trials is fewer than a stratum needs, so each stratum says so and gives no figures.
        var strata = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runA}/strata?by=length", UriKind.Relative), Cancel);
        Assert.Equal("length", strata.GetProperty("by").GetString());
        var strataRows = strata.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, strataRows.Sum(r => r.GetProperty("trials").GetInt32()));
        Assert.All(strataRows, r =>
        {
            Assert.True(r.GetProperty("too_few_trials").GetBoolean());
            Assert.Equal(JsonValueKind.Null, r.GetProperty("figures").ValueKind);
        });

        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync(new Uri($"/api/runs/{runA}/strata?by=colour", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(new Uri("/api/runs/nope/strata?by=phase", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(new Uri($"/api/compare?a={runA}&b=nope", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync(new Uri($"/api/compare?a={runA}", UriKind.Relative), Cancel)).StatusCode);

        // Both endpoints are in the OpenAPI document.
        var document = await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);
        Assert.Contains("/api/compare", document, StringComparison.Ordinal);
        Assert.Contains("/api/runs/{runId}/strata", document, StringComparison.Ordinal);
    }

    private static async Task WaitUntilDoneAsync(TrackerTestServer server, string runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var progress = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runId}/progress", UriKind.Relative), Cancel);
            if (progress.GetProperty("done").GetInt32() == progress.GetProperty("total").GetInt32())
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"run {runId} did not finish within a minute: {progress}");
            await Task.Delay(100, Cancel);
        }
    }
}
