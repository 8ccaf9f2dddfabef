using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

public sealed class RunApiTests
{
    private const string ValidSpec = """
        {"name": "api-run", "pipeline": "two_step", "prompt_keys": ["extract-structured", "map-coded"], "model_keys": ["rules-baseline"],
         "trial_ids": ["NCT99000001", "NCT99000002"], "repeats": 2, "priority": "high"}
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Listing_runs_of_an_empty_database_returns_an_empty_page()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var page = await server.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/runs", UriKind.Relative), Cancel);

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_valid_spec_starts_a_run_and_answers_201_with_where_to_find_it()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, "/api/runs", ValidSpec);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var runId = started.GetProperty("run_id").GetString()!;
        Assert.Equal(4, started.GetProperty("task_count").GetInt32()); // 2 trials × 1 model × 1 prompt pair × 2 repeats
        Assert.Equal($"/api/runs/{runId}", response.Headers.Location!.OriginalString);

        var details = await server.Client.GetFromJsonAsync<JsonElement>(response.Headers.Location, Cancel);
        Assert.Equal("api-run", details.GetProperty("run").GetProperty("name").GetString());
        Assert.Equal("high", details.GetProperty("run").GetProperty("priority").GetString());
        Assert.Equal(4, details.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.Equal(4, details.GetProperty("progress").GetProperty("counts").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task An_invalid_spec_is_refused_with_every_problem_keyed_by_its_field()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, "/api/runs", """{"name": "", "prompt_keys": ["extract-structured", "map-coded"], "model_keys": [], "trial_ids": ["NCT99000001"], "repeats": 0}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var errors = problem.GetProperty("errors");
        Assert.Contains("name", errors.GetProperty("name")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("model", errors.GetProperty("model_keys")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at least 1", errors.GetProperty("repeats")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await environment.Database.Runs.ListAsync(cancellationToken: Cancel)).Total);
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_the_place_in_the_body()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, "/api/runs", "{\"name\": \"x\",\n \"repeats\": }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
        Assert.Contains("line 2", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_without_its_required_fields_is_refused_naming_them()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, "/api/runs", """{"name": "x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["model_keys", "prompt_keys", "trial_ids"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("required", errors.GetProperty("prompt_keys")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/estimate")]
    public async Task Every_field_error_is_returned_at_once_each_once_in_words(string path)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, path, """
            {"name": "x", "repeats": "two", "priority": "urgent", "concurrency": 2147483648, "colour": "red",
             "model_keys": ["no-such-model"], "trial_ids": ["NCT99000001"], "ranking": {"measure": "compliance", "target": "entity"}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal(
            ["colour", "concurrency", "model_keys", "priority", "prompt_keys", "ranking.target", "repeats"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(errors.EnumerateObject(), e => Assert.Single(e.Value.EnumerateArray()));
        Assert.Contains("a whole number", errors.GetProperty("repeats")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("one of low, normal, high, critical", errors.GetProperty("priority")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no-such-model", errors.GetProperty("model_keys")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("McodeBench.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("RunSpec", body, StringComparison.Ordinal);
        Assert.Equal(0, (await environment.Database.Runs.ListAsync(cancellationToken: Cancel)).Total);
    }

    [Theory]
    [InlineData("/api/runs", 100_000_000)]
    [InlineData("/api/runs/estimate", 100_000_000)]
    [InlineData("/api/runs/estimate", int.MaxValue)]
    public async Task A_run_over_the_task_limit_is_a_400_naming_the_setting(string path, int repeats)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, path, ValidSpec.Replace("\"repeats\": 2", $"\"repeats\": {repeats}", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("MaxTasksPerRun", errors.GetProperty("repeats")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_estimate_counts_tasks_and_calls_without_storing_anything()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);

        var response = await PostJsonAsync(server, "/api/runs/estimate", ValidSpec);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var estimate = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(4, estimate.GetProperty("tasks").GetInt32());
        Assert.Equal(8, estimate.GetProperty("llm_calls").GetInt32()); // two calls per two-step task
        Assert.True(estimate.GetProperty("output_tokens_low").GetInt64() <= estimate.GetProperty("output_tokens").GetInt64());
        Assert.True(estimate.GetProperty("output_tokens").GetInt64() <= estimate.GetProperty("output_tokens_high").GetInt64());
        Assert.Equal(0, (await environment.Database.Runs.ListAsync(cancellationToken: Cancel)).Total);
    }

    [Fact]
    public async Task Controls_reach_the_engine_and_return_its_summary()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var runId = await StartAsync(server);

        foreach (var control in new[] { "pause", "resume", "cancel" })
        {
            var response = await server.Client.PostAsync(new Uri($"/api/runs/{runId}/{control}", UriKind.Relative), null, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var retry = await server.Client.PostAsync(new Uri($"/api/runs/{runId}/retry?scope=transient_only", UriKind.Relative), null, Cancel);
        var priority = await PutJsonAsync(server, $"/api/runs/{runId}/priority", """{"priority": "critical"}""");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, priority.StatusCode);
        Assert.Equal(
            [$"pause-run {runId}", $"resume-run {runId}", $"cancel-run {runId}", $"retry-run {runId} TransientOnly", $"priority-run {runId} Critical"],
            environment.Engine.Controls);
    }

    [Fact]
    public async Task An_unknown_retry_scope_is_refused_listing_the_known_ones()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var runId = await StartAsync(server);

        var response = await server.Client.PostAsync(new Uri($"/api/runs/{runId}/retry?scope=some", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
        Assert.Contains("all_failed, transient_only", detail, StringComparison.Ordinal);
        Assert.Empty(environment.Engine.Controls);
    }

    [Theory]
    [InlineData("GET", "/api/runs/nope")]
    [InlineData("GET", "/api/runs/nope/progress")]
    [InlineData("POST", "/api/runs/nope/pause")]
    [InlineData("GET", "/api/runs/nope/leaderboard")]
    [InlineData("GET", "/api/runs/nope/events")]
    public async Task An_unknown_run_is_a_404_problem_that_says_where_runs_are_listed(string method, string path)
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        var response = await server.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
        Assert.Contains("GET /api/runs", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leaderboard_of_a_run_without_finished_tasks_is_empty_and_a_wrong_ranking_is_refused()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var runId = await StartAsync(server);

        var rows = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runId}/leaderboard", UriKind.Relative), Cancel);
        var wrong = await server.Client.GetAsync(new Uri($"/api/runs/{runId}/leaderboard?measure=compliance&target=entity", UriKind.Relative), Cancel);

        Assert.Equal(0, rows.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Mapping", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_events_are_read_after_the_last_id_seen()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var runId = await StartAsync(server);
        var first = await environment.Database.Events.AppendAsync(new NewEvent(EventLevel.Info, "first", runId), Cancel);
        await environment.Database.Events.AppendAsync(new NewEvent(EventLevel.Error, "second", runId), Cancel);
        await environment.Database.Events.AppendAsync(new NewEvent(EventLevel.Error, "other run", "other"), Cancel);

        var after = await server.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{runId}/events?after={first}", UriKind.Relative), Cancel);
        var errors = await server.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/events?min_level=error", UriKind.Relative), Cancel);

        Assert.Equal(["second"], after.EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(["second", "other run"], errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal("error", errors[0].GetProperty("level").GetString());
    }

    internal static async Task<string> StartAsync(TrackerTestServer server, string spec = ValidSpec)
    {
        var response = await PostJsonAsync(server, "/api/runs", spec);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("run_id").GetString()!;
    }

    internal static Task<HttpResponseMessage> PostJsonAsync(TrackerTestServer server, string path, string json) =>
        server.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

    internal static Task<HttpResponseMessage> PutJsonAsync(TrackerTestServer server, string path, string json) =>
        server.Client.PutAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Cancel);
}
