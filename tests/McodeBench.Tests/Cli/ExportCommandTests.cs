using System.Text;
using System.Text.Json;
using CsvHelper;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench export</c> of a run stored in the data folder's database: standard output or a file, every format and level.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_default_is_one_CSV_row_per_task_on_standard_output_with_messages_on_standard_error()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId);

        Assert.Equal(0, result.Exit);
        var (header, rows) = ParseCsv(result.Out);
        Assert.Equal(TaskResultColumns.All.Select(c => c.Name), header);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Equal(StoredRunSeed.RunId, row["run_id"]));

        var baseline = rows.First(r => r["model"] == "rules-baseline" && r["trial_id"] == "NCT99000001");
        Assert.Equal(("completed", "false", "0.75", "3", "1", "0.0125", "400"), (baseline["status"], baseline["simulated"], baseline["entity_strict_f1"], baseline["entity_strict_cor"], baseline["entity_strict_spu"], baseline["cost_usd"], baseline["latency_ms"]));
        Assert.Equal(("", "0"), (baseline["mapping_strict_f1"], baseline["mapping_strict_cor"])); // undefined is empty, a count of 0 is 0

        var failed = rows.Single(r => r["status"] == "failed");
        Assert.Equal(("simulated-gpt", "true", "invalid_json", "0"), (failed["model"], failed["simulated"], failed["failure_class"], failed["entity_strict_f1"]));

        var queued = rows.Single(r => r["status"] == "queued");
        Assert.Equal(("false", "", ""), (queued["scored"], queued["entity_strict_f1"], queued["entity_strict_cor"]));

        // The model key that looks like a formula is escaped for spreadsheets; the warning about it goes to standard error.
        Assert.Single(rows, r => r["model"] == "'" + StoredRunSeed.UnknownModel);
        Assert.Contains($"Model '{StoredRunSeed.UnknownModel}' is not in the model library", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Exported 6 tasks of run {StoredRunSeed.RunId} as csv.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Combinations_as_JSON_go_to_the_output_file_in_leaderboard_order()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--format", "json", "--level", "combo", "--output", "exports/nightly.json");

        Assert.Equal(0, result.Exit);
        var file = Path.Combine(harness.WorkDirectory, "exports", "nightly.json");
        Assert.Contains($"Exported 3 combinations of run {StoredRunSeed.RunId} as json to {file}.", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".tmp"));
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file, Token));
        var root = document.RootElement;
        Assert.Equal(JsonResultsExporter.CombinationsFormat, root.GetProperty("format").GetString());
        Assert.Equal((StoredRunSeed.RunId, StoredRunSeed.RunName, "all_entity_strict_f1"), (root.GetProperty("run").GetProperty("id").GetString(), root.GetProperty("run").GetProperty("name").GetString(), root.GetProperty("run").GetProperty("ranking").GetProperty("column").GetString()));
        var combinations = root.GetProperty("combinations").EnumerateArray().ToList();
        Assert.Equal([StoredRunSeed.UnknownModel, "rules-baseline", "simulated-gpt"], combinations.Select(c => c.GetProperty("model").GetString()));
        Assert.Equal([1, 2, 3], combinations.Select(c => c.GetProperty("rank").GetInt32()));
        var simulated = combinations[2];
        Assert.Equal((true, 2, 1, 0.5), (simulated.GetProperty("simulated").GetBoolean(), simulated.GetProperty("tasks").GetInt32(), simulated.GetProperty("failed_tasks").GetInt32(), simulated.GetProperty("rank_value").GetDouble()));
        Assert.Equal(0.75, simulated.GetProperty("successful_entity_strict_f1").GetDouble());
        Assert.Equal(JsonValueKind.Null, simulated.GetProperty("all_mapping_strict_f1").ValueKind);
    }

    [Fact]
    public async Task Markdown_combinations_on_standard_output_label_the_simulated_model()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--format", "markdown", "--level", "combo");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("# Results — nightly", result.Out, StringComparison.Ordinal);
        Assert.Contains("| 3 | two-step | extract-basic → map-basic | simulated-gpt *(simulated)* | 2 | 1 (50.0%) | 0.500 |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bom_writes_a_byte_order_mark_before_the_CSV()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--bom", "--output", "nightly.csv");

        Assert.Equal(0, result.Exit);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(harness.WorkDirectory, "nightly.csv"), Token);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'r', (byte)'u', (byte)'n' }, bytes[..6]);
    }

    [Fact]
    public async Task An_unknown_run_is_bad_input_and_names_the_database()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", "no-such-run", "--output", "x.csv");

        Assert.Equal(2, result.Exit);
        Assert.Contains("No run 'no-such-run' in", result.Error, StringComparison.Ordinal);
        Assert.Contains("mcodebench.db", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(harness.WorkDirectory, "x.csv")));
    }

    [Fact]
    public async Task Without_a_database_an_export_is_bad_input()
    {
        var result = await harness.RunAsync("export", StoredRunSeed.RunId);

        Assert.Equal(2, result.Exit);
        Assert.Contains("there is no database at", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "everything")]
    [InlineData("--format", "xlsx")]
    public async Task An_unknown_level_or_format_is_bad_input(string option, string value)
    {
        var result = await harness.RunAsync("export", StoredRunSeed.RunId, option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bom_is_refused_for_formats_other_than_CSV()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--format", "json", "--bom");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--bom applies to CSV only", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Model_level_writes_the_comparison_through_the_one_formula_safe_CSV_writer()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--level", "model");

        Assert.Equal(0, result.Exit);
        var (header, rows) = ParseCsv(result.Out);
        Assert.Equal(ComparisonColumns.Models.Columns.Select(c => c.Name), header);
        var simulated = rows.Single(r => r["model"] == "simulated-gpt");
        Assert.Equal(("all_attempts", "entity_strict", "true", "1", "0.75", "0.375", "0.5"), (simulated["view"], simulated["counts"], simulated["simulated"], simulated["failed_tasks"], simulated["precision"], simulated["recall"], simulated["f1"]));
        Assert.Single(rows, r => r["model"] == "'" + StoredRunSeed.UnknownModel);
        Assert.Contains($"Exported 3 model rows of run {StoredRunSeed.RunId} as csv.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_level_in_the_successful_view_as_JSON()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("export", StoredRunSeed.RunId, "--level", "summary", "--view", "successful", "--format", "json");

        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("mcodebench-summary", document.RootElement.GetProperty("format").GetString());
        Assert.Equal("successful_only", document.RootElement.GetProperty("run").GetProperty("view").GetString());
        var figures = document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("figure").GetString()!, r => r.GetProperty("value"));
        Assert.Equal((5, 4, 1), (figures["finished_tasks"].GetInt32(), figures["scored_tasks"].GetInt32(), figures["failed_tasks"].GetInt32()));
    }

    private static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) ParseCsv(string text)
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text));
        var rows = new List<Dictionary<string, string>>();
        IReadOnlyList<string> header = [];
        while (reader.Read())
        {
            header = [.. reader.Headers];
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(i => header[i], reader.GetString, StringComparer.Ordinal));
        }

        return (header, rows);
    }
}
