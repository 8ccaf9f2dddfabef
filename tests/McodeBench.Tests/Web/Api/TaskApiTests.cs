using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

public sealed class TaskApiTests
{
    private const string TwoModels = """
        {"name": "tasks", "prompt_keys": ["extract-structured", "map-coded"], "model_keys": ["rules-baseline", "simulated-gpt"], "trial_ids": ["NCT99000001", "NCT99000002"]}
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tasks_are_listed_with_filters_and_simulated_models_are_labelled()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        var runId = await RunApiTests.StartAsync(server, TwoModels);
        await environment.Database.Tasks.TransitionManyAsync(new TaskSelection { RunId = runId, Statuses = [TrackedTaskStatus.Pending] }, TrackedTaskStatus.Queued, cancellationToken: Cancel);

        var all = await ListAsync(server, $"run_id={runId}");
        var simulated = await ListAsync(server, "model=simulated-gpt");
        var text = await ListAsync(server, "q=nct99000002");
        var queued = await ListAsync(server, "status=queued");
        var none = await ListAsync(server, "status=completed");

        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal(2, simulated.GetProperty("total").GetInt32());
        Assert.All(simulated.GetProperty("items").EnumerateArray(), t => Assert.True(t.GetProperty("simulated").GetBoolean()));
        Assert.Equal(2, text.GetProperty("total").GetInt32());
        Assert.All(text.GetProperty("items").EnumerateArray(), t => Assert.Equal("NCT99000002", t.GetProperty("trial_id").GetString()));
        Assert.Equal(4, queued.GetProperty("total").GetInt32());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Tasks_sort_by_any_column_and_an_unknown_column_is_refused_listing_the_known_ones()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        await RunApiTests.StartAsync(server, TwoModels);

        var byModel = await ListAsync(server, "sort=model_key&descending=true");
        var wrong = await server.Client.GetAsync(new Uri("/api/tasks?sort=colour", UriKind.Relative), Cancel);

        var models = byModel.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("model_key").GetString()).ToList();
        Assert.Equal(models.OrderDescending(StringComparer.Ordinal), models);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var detail = (await wrong.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
        Assert.Contains("'colour'", detail, StringComparison.Ordinal);
        Assert.Contains("model_key", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_id_with_slashes_is_read_from_the_path_with_its_attempts()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        await RunApiTests.StartAsync(server, TwoModels);
        var taskId = (await ListAsync(server, "limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Contains("/", taskId, StringComparison.Ordinal);

        var details = await server.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks/" + taskId, UriKind.Relative), Cancel);
        var missing = await server.Client.GetAsync(new Uri("/api/tasks/no/such/task", UriKind.Relative), Cancel);

        Assert.Equal(taskId, details.GetProperty("task").GetProperty("id").GetString());
        Assert.Equal(0, details.GetProperty("attempts").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("task").GetProperty("scores").GetProperty("entity_f1_type").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_task_is_cancelled_and_reprioritised_by_the_id_in_the_body()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await using var server = await TrackerTestServer.StartAsync(environment);
        await RunApiTests.StartAsync(server, TwoModels);
        var taskId = (await ListAsync(server, "limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;

        var cancel = await RunApiTests.PostJsonAsync(server, "/api/tasks/cancel", JsonSerializer.Serialize(new { task_id = taskId }));
        var priority = await RunApiTests.PutJsonAsync(server, "/api/tasks/priority", JsonSerializer.Serialize(new { task_id = taskId, priority = "low" }));
        var noPriority = await RunApiTests.PutJsonAsync(server, "/api/tasks/priority", JsonSerializer.Serialize(new { task_id = taskId }));
        var unknown = await RunApiTests.PostJsonAsync(server, "/api/tasks/cancel", """{"task_id": "nope"}""");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, priority.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPriority.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal([$"cancel-task {taskId}", $"priority-task {taskId} Low"], environment.Engine.Controls);
    }

    private static Task<JsonElement> ListAsync(TrackerTestServer server, string query) =>
        server.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks?" + query, UriKind.Relative), Cancel);
}
