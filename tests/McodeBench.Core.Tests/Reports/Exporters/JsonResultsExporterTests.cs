using System.Text.Json;
using McodeBench.Core.Reports.Exporters;

namespace McodeBench.Core.Tests.Reports.Exporters;

public sealed class JsonResultsExporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_task_document_has_its_header_and_one_object_per_task_with_the_csv_column_names_in_order()
    {
        using var document = await ExportTasksAsync(ExportFixtures.Tasks());
        var root = document.RootElement;

        Assert.Equal(JsonResultsExporter.TasksFormat, root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var run = root.GetProperty("run");
        Assert.Equal(("run-42", "nightly | <b>bench</b>", "2026-11-28T12:00:00Z"), (run.GetProperty("id").GetString(), run.GetProperty("name").GetString(), run.GetProperty("exported_utc").GetString()));
        var ranking = run.GetProperty("ranking");
        Assert.Equal(("f1", "entity", "strict", "all_entity_strict_f1"), (ranking.GetProperty("measure").GetString(), ranking.GetProperty("target").GetString(), ranking.GetProperty("scheme").GetString(), ranking.GetProperty("column").GetString()));

        var tasks = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, task => Assert.Equal(TaskResultColumns.All.Select(c => c.Name), task.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Values_keep_their_kind_and_undefined_figures_are_null()
    {
        using var document = await ExportTasksAsync([ExportFixtures.Scored(), ExportFixtures.FailedUnscored()]);
        var tasks = document.RootElement.GetProperty("tasks").EnumerateArray().ToList();
        var scored = tasks[0];
        var failed = tasks[1];

        Assert.Equal(0.75, scored.GetProperty("entity_strict_f1").GetDouble());
        Assert.Equal(3, scored.GetProperty("entity_strict_cor").GetInt32());
        Assert.Equal(0.0042m, scored.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(350.5, scored.GetProperty("latency_ms").GetDouble());
        Assert.Equal(JsonValueKind.False, scored.GetProperty("simulated").ValueKind);
        Assert.Equal(new DateTime(2026, 11, 27, 9, 30, 2, DateTimeKind.Utc), scored.GetProperty("finished_utc").GetDateTime().ToUniversalTime());
        Assert.Equal(JsonValueKind.Null, scored.GetProperty("mapping_strict_f1").ValueKind);
        Assert.Equal(0, scored.GetProperty("mapping_strict_cor").GetInt32());
        Assert.Equal(JsonValueKind.Null, scored.GetProperty("direct_prompt").ValueKind);

        Assert.Equal(JsonValueKind.True, failed.GetProperty("simulated").ValueKind);
        Assert.Equal("invalid_json", failed.GetProperty("failure_class").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("entity_strict_f1").ValueKind);
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("entity_strict_cor").ValueKind);
    }

    [Fact]
    public async Task Json_text_is_not_escaped_for_spreadsheets()
    {
        using var document = await ExportTasksAsync([ExportFixtures.FormulaLooking()]);
        var task = document.RootElement.GetProperty("tasks")[0];

        Assert.Equal("=HYPERLINK(\"http://x\",\"click\")", task.GetProperty("model").GetString());
        Assert.Equal(-0.5m, task.GetProperty("cost_usd").GetDecimal());
    }

    [Fact]
    public async Task A_combination_document_carries_the_leaderboard_columns_and_the_full_aggregates()
    {
        using var stream = new MemoryStream();
        var written = await new JsonResultsExporter().ExportCombinationsAsync(ExportFixtures.Run, ExportFixtures.Leaderboard(), stream, Token);
        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;

        Assert.Equal(2, written);
        Assert.Equal(JsonResultsExporter.CombinationsFormat, root.GetProperty("format").GetString());
        var combinations = root.GetProperty("combinations").EnumerateArray().ToList();
        Assert.Equal([.. CombinationColumns.All.Select(c => c.Name), "aggregates"], combinations[0].EnumerateObject().Select(p => p.Name));
        var simulated = combinations[1];
        Assert.Equal((2, "simulated-gpt", true), (simulated.GetProperty("rank").GetInt32(), simulated.GetProperty("model").GetString(), simulated.GetProperty("simulated").GetBoolean()));
        var column = root.GetProperty("run").GetProperty("ranking").GetProperty("column").GetString()!;
        Assert.Equal(simulated.GetProperty(column).GetDouble(), simulated.GetProperty("rank_value").GetDouble());
        var aggregates = simulated.GetProperty("aggregates");
        Assert.Equal(0.375, aggregates.GetProperty("all_attempts").GetProperty("entities").GetProperty("strict").GetProperty("micro").GetProperty("recall").GetDouble());
        Assert.Equal(1, aggregates.GetProperty("successful_only").GetProperty("scored_tasks").GetInt32());
        Assert.Equal(JsonValueKind.Null, simulated.GetProperty("all_compliance").ValueKind);
    }

    [Fact]
    public async Task Rows_are_written_while_they_are_still_being_read()
    {
        var destination = new MemoryStream();
        long writtenBeforeTheLastRow = -1;

        async IAsyncEnumerable<TaskResultRow> Rows()
        {
            for (var i = 0; i < 1_000; i++)
            {
                await Task.Yield();
                yield return ExportFixtures.Scored();
            }

            writtenBeforeTheLastRow = destination.Length;
        }

        var written = await new JsonResultsExporter().ExportTasksAsync(ExportFixtures.Run, Rows(), destination, Token);

        Assert.Equal(1_000, written);
        Assert.True(writtenBeforeTheLastRow > 0, "nothing reached the stream before every row was read");
        using var document = JsonDocument.Parse(destination.ToArray());
        Assert.Equal(1_000, document.RootElement.GetProperty("tasks").GetArrayLength());
    }

    private static async Task<JsonDocument> ExportTasksAsync(IEnumerable<TaskResultRow> rows)
    {
        using var stream = new MemoryStream();
        await new JsonResultsExporter().ExportTasksAsync(ExportFixtures.Run, ExportFixtures.Async(rows), stream, Token);
        return JsonDocument.Parse(stream.ToArray());
    }
}
