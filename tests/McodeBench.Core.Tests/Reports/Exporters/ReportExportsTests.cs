using System.Text;
using System.Text.Json;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Tests.Reports.Tables;

namespace McodeBench.Core.Tests.Reports.Exporters;

/// <summary>The results-table levels (summary, model, prompt, element, type) through the one exporter stack, from <see cref="ResultsFixture"/>.</summary>
public sealed class ReportExportsTests
{
    private static readonly ExportedRun Run = new("run-1", "nightly", RankingMetric.Default, new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Model_level_as_CSV_has_the_comparison_with_undefined_figures_empty()
    {
        var csv = CsvText.Parse(await ExportAsync(ExportFormat.Csv, ExportLevel.Model, Run));

        Assert.Equal(ComparisonColumns.Models.Columns.Select(c => c.Name), csv.Header);
        Assert.Equal(2, csv.Records.Count);
        var sim = csv.Records.Single(r => r["model"] == "sim");
        Assert.Equal(("run-1", "all_attempts", "entity_type", "true", "3", "1"), (sim["run_id"], sim["view"], sim["counts"], sim["simulated"], sim["tasks"], sim["failed_tasks"]));
        Assert.Equal(("0.75", "0.5", "0.6", string.Empty, "0.03"), (sim["precision"], sim["recall"], sim["f1"], sim["compliance"], sim["cost_usd"]));
    }

    [Fact]
    public async Task Type_level_in_the_successful_only_view_says_so_in_every_row()
    {
        var csv = CsvText.Parse(await ExportAsync(ExportFormat.Csv, ExportLevel.Type, Run with { View = AggregateView.SuccessfulOnly }));

        Assert.Equal(["biomarker", "medication"], csv.Records.Select(r => r["entity_type"]));
        var medication = csv.Records[1];
        Assert.Equal(("successful_only", "type", "2", "1", "1"), (medication["view"], medication["scheme"], medication["cor"], medication["mis"], medication["spu"]));
    }

    [Fact]
    public async Task Summary_level_as_JSON_has_one_row_per_figure_and_null_for_undefined()
    {
        using var document = JsonDocument.Parse(await ExportAsync(ExportFormat.Json, ExportLevel.Summary, Run));
        var root = document.RootElement;

        Assert.Equal("mcodebench-summary", root.GetProperty("format").GetString());
        Assert.Equal("all_attempts", root.GetProperty("run").GetProperty("view").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("figure").GetString()!, r => r.GetProperty("value"));
        Assert.Equal(21, rows.Count);
        Assert.Equal(4, rows["finished_tasks"].GetInt32());
        Assert.Equal(JsonValueKind.Null, rows["compliance"].ValueKind);
        Assert.Equal(0.005m, rows["cache_savings_usd"].GetDecimal());
    }

    [Fact]
    public async Task Prompt_level_as_Markdown_is_a_table_with_a_dash_for_undefined_figures()
    {
        var markdown = Encoding.UTF8.GetString(await ExportAsync(ExportFormat.Markdown, ExportLevel.Prompt, Run));

        Assert.Contains("# Prompt comparison — nightly", markdown, StringComparison.Ordinal);
        Assert.Contains("View: all_attempts.", markdown, StringComparison.Ordinal);
        var row = Assert.Single(markdown.Split('\n'), line => line.StartsWith("| entity\\_type | direct-evidence", StringComparison.Ordinal));
        Assert.Equal("| entity\\_type | direct-evidence | false | 4 | 1 | 0.25 | 0.833 | 0.625 | 0.714 | — | $0.0300 | 300 |", row.TrimEnd('\r'));
    }

    [Fact]
    public async Task Element_level_of_a_run_without_mappings_is_a_header_and_no_rows()
    {
        var csv = CsvText.Parse(await ExportAsync(ExportFormat.Csv, ExportLevel.Element, Run));

        Assert.Empty(csv.Records);
        Assert.StartsWith("run_id,view,scheme,element,cor", csv.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_and_combination_levels_are_not_tables()
    {
        Assert.False(ReportExports.IsTable(ExportLevel.Task));
        Assert.False(ReportExports.IsTable(ExportLevel.Combination));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ExportAsync(ExportFormat.Csv, ExportLevel.Task, Run));
    }

    [Fact]
    public void Every_level_has_one_name_that_reads_back()
    {
        Assert.All(Enum.GetValues<ExportLevel>(), level => Assert.Equal(level, ExportNames.LevelNamed(ExportNames.Of(level))));
        Assert.Equal(ExportLevel.Combination, ExportNames.LevelNamed("COMBO"));
        Assert.Null(ExportNames.LevelNamed("combination"));
    }

    private static async Task<byte[]> ExportAsync(ExportFormat format, ExportLevel level, ExportedRun run)
    {
        using var stream = new MemoryStream();
        await ReportExports.ExportAsync(ResultsExporters.For(format), run, level, ResultsFixture.SimulatedAndGood, ResultsFixture.Models, stream, Token);
        return stream.ToArray();
    }
}
