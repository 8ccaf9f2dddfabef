using System.Globalization;
using System.Text.Json;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// <c>mcodebench score --format brat</c> on SCORING.md's worked check written as brat files by hand (gold in
/// McodeBench's own types), with type maps, <c>--types</c> and bad maps.
/// </summary>
public sealed class ScoreBratCommandTests : IDisposable
{
    private const string Document = "NCT00000042";
    private const string Text = "Inclusion: HER2-positive disease treated with trastuzumab; metastatic breast cancer.";

    private static readonly string[] Schemes = ["strict", "exact", "partial", "type"];
    private static readonly string[] Counts = ["cor", "inc", "par", "mis", "spu"];
    private static readonly string[] Figures = ["precision", "recall", "f1"];

    private readonly CliHarness harness = new();

    public void Dispose() => harness.Dispose();

    private void WriteWorkedCheck()
    {
        harness.Write($"gold/{Document}.txt", Text);
        harness.Write($"gold/{Document}.ann", "T1\tbiomarker 11 24\tHER2-positive\nT2\tmedication 46 57\ttrastuzumab\nT3\tcondition 59 83\tmetastatic breast cancer\n");

        // The predictions on a text of their own: their spans are dropped and they are anchored by their text, as SCORING.md's are.
        harness.Write($"predictions/{Document}.txt", "HER2 positive; trastuzumab; pertuzumab; breast cancer");
        harness.Write($"predictions/{Document}.ann", "T1\tbiomarker 0 13\tHER2 positive\nT2\tdrug 15 26\ttrastuzumab\nT3\tmedication 28 38\tpertuzumab\nT4\tcondition 40 53\tbreast cancer\n");
    }

    [Fact]
    public async Task The_worked_check_as_brat_files_gives_exactly_the_table_of_SCORING_md()
    {
        WriteWorkedCheck();

        var result = await harness.RunAsync("score", "--gold", "gold", "--predictions", "predictions", "--format", "brat");

        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        var entities = report.RootElement.GetProperty("aggregate").GetProperty("all_attempts").GetProperty("entities");
        var table = Schemes.Select(scheme => Row(entities.GetProperty(scheme).GetProperty("micro"))).ToList();
        Assert.Equal(
            [
                "2 1 0 0 1 0.500 0.667 0.571",
                "2 1 0 0 1 0.500 0.667 0.571",
                "2 0 1 0 1 0.625 0.833 0.714",
                "3 0 0 0 1 0.750 1.000 0.857",
            ],
            table);
        Assert.Equal("canonical", report.RootElement.GetProperty("gold_type_map").GetProperty("name").GetString());
        Assert.True(report.RootElement.GetProperty("gold_type_map").GetProperty("detected").GetBoolean());
        Assert.Contains("brat gold read with type map canonical (detected)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forcing_the_lct_map_on_canonical_gold_exits_2_naming_the_folder_and_the_fix()
    {
        WriteWorkedCheck();

        var result = await harness.RunAsync("score", "--gold", "gold", "--predictions", "predictions", "--type-map", "lct");

        Assert.Equal(2, result.Exit);
        Assert.Contains("gold: 1 \"biomarker\" annotation(s) dropped", result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "gold") + ": error: gold: every annotation (3) was dropped by type map lct", result.Error, StringComparison.Ordinal);
        Assert.Contains("--type-map canonical", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_map_file_exits_2_naming_the_file_the_json_path_and_the_fix()
    {
        WriteWorkedCheck();
        var map = harness.Write("map.json", """{ "biomarker": "biomarkr" }""");

        var result = await harness.RunAsync("score", "--gold", "gold", "--predictions", "predictions", "--type-map", "map.json");

        Assert.Equal(2, result.Exit);
        Assert.Contains(map + "($.biomarker)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"biomarker\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_keeps_only_the_named_types_on_both_sides_and_an_unknown_type_exits_2()
    {
        WriteWorkedCheck();

        var kept = await harness.RunAsync("score", "--gold", "gold", "--predictions", "predictions", "--types", "condition");
        var unknown = await harness.RunAsync("score", "--gold", "gold", "--predictions", "predictions", "--types", "condtion");

        Assert.Equal(0, kept.Exit);
        using var report = JsonDocument.Parse(kept.Out);
        var strict = report.RootElement.GetProperty("aggregate").GetProperty("all_attempts").GetProperty("entities").GetProperty("strict").GetProperty("micro");
        Assert.Equal("0 1 0 0 0", string.Join(' ', Counts.Select(k => strict.GetProperty(k).GetInt32())));
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("Did you mean \"condition\"", unknown.Error, StringComparison.Ordinal);
    }

    private static string Row(JsonElement micro) =>
        string.Join(' ', Counts.Select(k => micro.GetProperty(k).GetInt32().ToString(CultureInfo.InvariantCulture))
            .Concat(Figures.Select(k => micro.GetProperty(k).GetDouble().ToString("0.000", CultureInfo.InvariantCulture))));
}
