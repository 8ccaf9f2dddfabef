using System.Text.Json.Nodes;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// <c>mcodebench validate</c>: each file's kind is told from its content, every problem is printed with its place, and
/// the exit code is 0 without errors and 2 with any.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task Without_paths_the_configured_workspace_is_validated_and_the_samples_are_clean()
    {
        var result = await harness.RunAsync("validate");

        Assert.Equal(0, result.Exit);
        Assert.Contains("the configured workspace — workspace folder: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("Checked 1 input(s): 0 error(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_paths_a_broken_configured_library_is_reported_with_exit_2()
    {
        var models = harness.Write("models.json", """{ "format": "mcodebench-models", "version": "1", "models": [ { "key": "Bad Key!", "provider": "rules-baseline" } ] }""");
        harness.Variables["MCODEBENCH_MODELLIBRARY"] = models;

        var result = await harness.RunAsync("validate");

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{models}($.models[0].key): error", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_kind_of_file_is_recognised_and_the_samples_of_each_kind_are_clean()
    {
        var samples = CliHarness.Samples;
        var brat = harness.Write("brat/NCT1.txt", "Patients with breast cancer who received trastuzumab.");
        harness.Write("brat/NCT1.ann", "T1\tCondition 14 27\tbreast cancer\n");
        var predictions = harness.Write("p.predictions.json", """{ "format": "mcodebench-predictions", "version": 1, "trials": [ { "trial_id": "NCT99000001", "entities": [] } ] }""");

        var result = await harness.RunAsync(
            "validate",
            Path.Combine(samples, "prompts", "prompts.json"),
            Path.Combine(samples, "models.json"),
            Path.Combine(samples, "trials", "NCT99000001.json"),
            Path.Combine(samples, "gold", "NCT99000001.gold.json"),
            Path.GetDirectoryName(brat)!,
            predictions);

        Assert.Equal(0, result.Exit);
        Assert.Contains("prompts.json — prompt library: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("models.json — model library: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("NCT99000001.json — CT.gov trials: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("NCT99000001.gold.json — native gold: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("brat — brat gold: ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("p.predictions.json — predictions: ok", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("were not checked against the trial text", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_is_an_error_with_line_and_column_and_exit_2()
    {
        var file = harness.Write("library.json", "{\n  \"format\": \"mcodebench-prompts\",\n  \"prompts\": [\n    { \"key\": \"a\" \"type\": \"direct\" }\n  ]\n}\n");

        var result = await harness.RunAsync("validate", file);

        Assert.Equal(2, result.Exit);
        Assert.Contains("prompt library (told from its \"format\": the JSON does not parse)", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}(line 4, column 18): error: Invalid JSON", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_an_error_with_exit_2()
    {
        var result = await harness.RunAsync("validate", "nowhere.json");

        Assert.Equal(2, result.Exit);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "nowhere.json") + ": error: no such file or folder", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_no_known_kind_is_an_error_listing_the_kinds()
    {
        var file = harness.Write("other.json", """{ "name": "something else" }""");

        var result = await harness.RunAsync("validate", file);

        Assert.Equal(2, result.Exit);
        Assert.Contains("cannot tell what this file is", result.Out, StringComparison.Ordinal);
        Assert.Contains("mcodebench-predictions", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gold_is_checked_against_a_trial_given_alongside_it()
    {
        var gold = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliHarness.Samples, "gold", "NCT99000001.gold.json"), TestContext.Current.CancellationToken))!;
        gold["trials"]![0]!["entities"]![0]!["text"] = "Trastuzumib";
        var file = harness.Write("NCT99000001.gold.json", gold.ToJsonString());

        var alone = await harness.RunAsync("validate", file);
        var withTrial = await harness.RunAsync("validate", file, Path.Combine(CliHarness.Samples, "trials", "NCT99000001.json"));

        Assert.Equal(0, alone.Exit);
        Assert.Contains("were not checked against the trial text", alone.Out, StringComparison.Ordinal);
        Assert.Equal(2, withTrial.Exit);
        Assert.Contains("(trial NCT99000001, entity e1)", withTrial.Out, StringComparison.Ordinal);
        Assert.Contains("Trastuzumib", withTrial.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_folder_is_validated_as_a_run_would_load_it()
    {
        var result = await harness.RunAsync("validate", CliHarness.Samples);

        Assert.Equal(0, result.Exit);
        Assert.Contains("— workspace folder: ok", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
