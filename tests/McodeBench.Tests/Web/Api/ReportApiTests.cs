using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using McodeBench.Tests.Web.Results;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Api;

/// <summary>
/// <c>/api/runs/{id}/summary</c>, <c>/breakdowns/…</c> and <c>/export</c> over <see cref="ResultsSeed"/>'s run, against
/// its hand-computed figures (entity type scheme): repeat 0 finds both gold entities, repeat 1 finds one and adds a
/// spurious medication, repeat 2 failed (its gold is missed in the all-attempts view).
/// </summary>
public sealed class ReportApiTests
{
    private const double Tolerance = 1e-9;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_has_the_hand_computed_figures_with_null_for_undefined()
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        var summary = await server.Client.GetFromJsonAsync<JsonElement>(Address("summary"), Cancel);

        Assert.Equal(3, summary.GetProperty("tasks").GetInt32());
        Assert.Equal(0.5, summary.GetProperty("f1").GetProperty("mean").GetDouble(), Tolerance);
        Assert.Equal(0.75, summary.GetProperty("precision").GetProperty("median").GetDouble(), Tolerance);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("compliance").ValueKind);
        Assert.Equal("all_attempts", summary.GetProperty("view").GetString());
    }

    [Fact]
    public async Task Model_breakdown_sums_counts_and_the_successful_only_view_leaves_the_failed_task_out()
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        var all = Assert.Single((await server.Client.GetFromJsonAsync<JsonElement>(Address("breakdowns/models"), Cancel)).EnumerateArray());
        var successful = Assert.Single((await server.Client.GetFromJsonAsync<JsonElement>(Address("breakdowns/models?view=successful_only"), Cancel)).EnumerateArray());

        // All attempts: COR 3, MIS 3, SPU 1 → P 0.75, R 0.5, F1 0.6. Successful only: COR 3, MIS 1, SPU 1 → F1 0.75.
        Assert.Equal(ResultsSeed.Model, all.GetProperty("key").GetString());
        Assert.True(all.GetProperty("simulated").GetBoolean());
        Assert.Equal(0.5, all.GetProperty("recall").GetDouble(), Tolerance);
        Assert.Equal(0.6, all.GetProperty("f1").GetDouble(), Tolerance);
        Assert.Equal(0.75, successful.GetProperty("f1").GetDouble(), Tolerance);
        Assert.Equal(1, successful.GetProperty("failed_tasks").GetInt32());
    }

    [Fact]
    public async Task Type_breakdown_counts_spurious_predictions_under_the_predicted_type()
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        var rows = (await server.Client.GetFromJsonAsync<JsonElement>(Address("breakdowns/types"), Cancel)).EnumerateArray().ToList();
        var prompts = (await server.Client.GetFromJsonAsync<JsonElement>(Address("breakdowns/prompts"), Cancel)).EnumerateArray().ToList();
        var elements = (await server.Client.GetFromJsonAsync<JsonElement>(Address("breakdowns/elements"), Cancel)).EnumerateArray().ToList();

        Assert.Equal(["biomarker", "medication"], rows.Select(r => r.GetProperty("name").GetString()));
        var medication = rows[1].GetProperty("counts");
        Assert.Equal((1, 2, 1), (medication.GetProperty("cor").GetInt32(), medication.GetProperty("mis").GetInt32(), medication.GetProperty("spu").GetInt32()));
        Assert.Equal(ResultsSeed.Prompt, Assert.Single(prompts).GetProperty("key").GetString());
        Assert.Empty(elements); // nothing was mapped
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once_and_an_unknown_run_is_404()
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var bad = await server.Client.GetAsync(Address("export?format=xml&level=everything&scheme=fuzzy"), Cancel);
        using var unknown = await server.Client.GetAsync(new Uri("/api/runs/no-such-run/breakdowns/types", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Equal(["format", "level", "scheme"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("combo", errors.GetProperty("level")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Export_is_a_download_named_after_the_run_and_level()
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        using var response = await server.Client.GetAsync(Address("export?format=csv&level=model"), Cancel);
        var csv = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"{ResultsSeed.RunId}-model.csv", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("run_id,view,counts,model,simulated,tasks,failed_tasks", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{ResultsSeed.RunId},all_attempts,entity_type,{ResultsSeed.Model},true,3,1,", Assert.Single(lines[1..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task", "mcodebench-task-results", "tasks", 3)]
    [InlineData("combo", "mcodebench-combination-results", "combinations", 1)]
    [InlineData("summary", "mcodebench-summary", "rows", 21)]
    [InlineData("type", "mcodebench-entity-type-breakdown", "rows", 2)]
    public async Task Every_level_is_served_as_the_cli_writes_it(string level, string format, string array, int rows)
    {
        await using var environment = await SeededAsync();
        await using var server = await TrackerTestServer.StartAsync(environment);

        var document = await server.Client.GetFromJsonAsync<JsonElement>(Address($"export?format=json&level={level}"), Cancel);

        Assert.Equal(format, document.GetProperty("format").GetString());
        Assert.Equal(ResultsSeed.RunId, document.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(rows, document.GetProperty(array).GetArrayLength());
    }

    private static Uri Address(string path) => new($"/api/runs/{ResultsSeed.RunId}/{path}", UriKind.Relative);

    private static async Task<WebTestEnvironment> SeededAsync()
    {
        var environment = await WebTestEnvironment.CreateAsync(Cancel);
        await ResultsSeed.SeedAsync(environment, Cancel);
        return environment;
    }
}
