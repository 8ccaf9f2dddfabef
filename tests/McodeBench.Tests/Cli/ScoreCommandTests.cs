using System.Text.Json;
using System.Text.Json.Nodes;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// <c>mcodebench score</c> on the sample gold: the JSON report on standard output (or in <c>--output</c>), problems on
/// standard error, and exit 2 for every kind of bad input.
/// </summary>
public sealed class ScoreCommandTests : IDisposable
{
    private const string TrialId = "NCT99000001";

    private readonly CliHarness harness = new();

    private static string GoldFile => Path.Combine(CliHarness.Samples, "gold", TrialId + ".gold.json");

    private static string TrialsFolder => Path.Combine(CliHarness.Samples, "trials");

    [Fact]
    public async Task Gold_given_as_predictions_scores_1_and_standard_output_is_only_the_JSON_report()
    {
        var predictions = GoldAsPredictions();

        var result = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", predictions);

        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        var micro = report.RootElement.GetProperty("aggregate").GetProperty("all_attempts").GetProperty("entities").GetProperty("strict").GetProperty("micro");
        Assert.True(micro.GetProperty("cor").GetInt32() > 0);
        Assert.Equal(0, micro.GetProperty("spu").GetInt32());
        Assert.Equal(1.0, micro.GetProperty("f1").GetDouble());
        var task = Assert.Single(report.RootElement.GetProperty("tasks").EnumerateArray());
        Assert.Equal(TrialId, task.GetProperty("trial_id").GetString());
    }

    [Fact]
    public async Task Output_writes_the_report_to_the_file_and_says_so()
    {
        var predictions = GoldAsPredictions();

        var result = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", predictions, "--output", "reports/score.json");

        Assert.Equal(0, result.Exit);
        var file = Path.Combine(harness.WorkDirectory, "reports", "score.json");
        Assert.Contains(file, result.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(1, report.RootElement.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public async Task Without_gold_the_configured_gold_and_trials_are_used_and_unpredicted_trials_are_warned_about()
    {
        var predictions = GoldAsPredictions();

        var result = await harness.RunAsync("score", "--predictions", predictions);

        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Equal(18, report.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.Contains("NCT99000002", report.RootElement.GetProperty("trials_without_predictions").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("the predictions say nothing about trial NCT99000002", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_predictions_file_is_bad_input_naming_it()
    {
        var result = await harness.RunAsync("score", "--gold", GoldFile, "--predictions", "missing.predictions.json");

        Assert.Equal(2, result.Exit);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "missing.predictions.json") + ": error: --predictions: no such file or folder", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Malformed_predictions_JSON_is_bad_input_showing_line_and_column()
    {
        var predictions = harness.Write("broken.predictions.json", "{\n  \"format\": \"mcodebench-predictions\",\n  \"version\": 1\n  \"trials\": []\n}\n");

        var result = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", predictions);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{predictions}(line 4, column 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_input_listing_the_formats()
    {
        var result = await harness.RunAsync("score", "--gold", GoldFile, "--predictions", GoldAsPredictions(), "--format", "csv");

        Assert.Equal(2, result.Exit);
        Assert.Contains("csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("native", result.Error, StringComparison.Ordinal);
        Assert.Contains("brat", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_brat_with_a_JSON_file_is_bad_input()
    {
        var result = await harness.RunAsync("score", "--gold", GoldFile, "--predictions", GoldAsPredictions(), "--format", "brat");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--format brat, but this is not a brat document", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brat_predictions_are_scored_against_the_trial_they_name()
    {
        var folder = Path.Combine(harness.WorkDirectory, "brat");
        Directory.CreateDirectory(folder);
        var text = "Trastuzumab in HER2-positive breast cancer";
        await File.WriteAllTextAsync(Path.Combine(folder, TrialId + ".txt"), text, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, TrialId + ".ann"), "T1\tmedication 0 11\tTrastuzumab\n", TestContext.Current.CancellationToken);

        var result = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", folder, "--format", "brat");

        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        var typeMicro = report.RootElement.GetProperty("aggregate").GetProperty("all_attempts").GetProperty("entities").GetProperty("type").GetProperty("micro");
        Assert.True(typeMicro.GetProperty("cor").GetInt32() >= 1);
        Assert.True(typeMicro.GetProperty("mis").GetInt32() > 0);
    }

    [Fact]
    public async Task Predictions_are_required()
    {
        var result = await harness.RunAsync("score", "--gold", GoldFile);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--predictions", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_that_is_not_bad_input_is_logged_with_its_context_and_exits_3()
    {
        var blocker = harness.Write("blocker", "a file where a folder is needed");

        var result = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", GoldAsPredictions(), "--output", Path.Combine(blocker, "score.json"));

        Assert.Equal(3, result.Exit);
        Assert.Contains("mcodebench score failed", result.Error, StringComparison.Ordinal);
        var log = harness.LogText();
        Assert.Contains("[ERR] McodeBench.Cli.score: mcodebench score failed", log, StringComparison.Ordinal);
        Assert.Contains("--output", log, StringComparison.Ordinal);
        Assert.Contains("IOException", log, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    /// <summary>The sample gold rewritten as a predictions file: gold items are model-output items with spans.</summary>
    private string GoldAsPredictions()
    {
        var gold = JsonNode.Parse(File.ReadAllText(GoldFile))!.AsObject();
        gold["format"] = "mcodebench-predictions";
        return harness.Write(TrialId + ".predictions.json", gold.ToJsonString());
    }
}
