using System.Text.Json;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench validate</c> says what it loaded, in text and with <c>--json</c>.</summary>
public sealed class ValidateCountsCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_82_reference_ctgov_records_count_as_82_trials()
    {
        var studies = ReferenceData.Require("ctgov", "studies.ndjson");

        var text = await harness.RunAsync("validate", studies);
        var json = await harness.RunAsync("validate", studies, "--json");

        Assert.Contains("loaded: 82 trials (", text.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Out);
        var counts = report.RootElement.GetProperty("inputs")[0].GetProperty("counts");
        Assert.Equal(82, counts.GetProperty("trials").GetInt32());
        Assert.True(counts.GetProperty("sections").GetInt32() >= 82);
    }

    [Fact]
    public async Task Brat_gold_counts_its_documents_and_entities_per_type_and_names_the_map()
    {
        harness.Write("brat/NCT1.txt", "Patients with breast cancer who received trastuzumab and lung cancer.");
        harness.Write("brat/NCT1.ann", "T1\tcondition 14 27\tbreast cancer\nT2\tmedication 41 52\ttrastuzumab\nT3\tcondition 57 68\tlung cancer\n");

        var text = await harness.RunAsync("validate", "brat");
        var json = await harness.RunAsync("validate", "brat", "--json");

        Assert.Equal(0, text.Exit);
        Assert.Contains("loaded: 1 trial (1 section); gold for 1 trial: 3 entities (condition 2, medication 1), 0 mappings", text.Out, StringComparison.Ordinal);
        Assert.Contains("type map canonical (detected)", text.Out, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Out);
        var entities = report.RootElement.GetProperty("inputs")[0].GetProperty("counts").GetProperty("gold_entities");
        Assert.Equal(3, entities.GetProperty("total").GetInt32());
        Assert.Equal(2, entities.GetProperty("by_type").GetProperty("condition").GetInt32());
    }

    [Fact]
    public async Task The_sample_workspace_counts_prompts_models_trials_and_gold()
    {
        var samples = CliHarness.Samples;
        var trialFiles = Directory.EnumerateFiles(Path.Combine(samples, "trials"), "*.json").Count();
        var goldFiles = Directory.EnumerateFiles(Path.Combine(samples, "gold"), "*.json").Count();

        var json = await harness.RunAsync("validate", "--json");

        Assert.Equal(0, json.Exit);
        using var report = JsonDocument.Parse(json.Out);
        var counts = report.RootElement.GetProperty("inputs")[0].GetProperty("counts");
        Assert.Equal(trialFiles, counts.GetProperty("trials").GetInt32());
        Assert.Equal(goldFiles, counts.GetProperty("gold_trials").GetInt32());
        Assert.True(counts.GetProperty("prompts").GetInt32() > 0);
        Assert.True(counts.GetProperty("models").GetInt32() > 0);
        Assert.True(counts.GetProperty("gold_entities").GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, report.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task A_predictions_file_counts_its_tasks()
    {
        var file = harness.Write("p.predictions.json", """
            { "format": "mcodebench-predictions", "version": 1, "trials": [
              { "trial_id": "NCT1", "entities": [] }, { "trial_id": "NCT2", "repeat": 0, "entities": [] } ] }
            """);

        var result = await harness.RunAsync("validate", file);

        Assert.Contains("loaded: 2 predicted tasks", result.Out, StringComparison.Ordinal);
    }
}
