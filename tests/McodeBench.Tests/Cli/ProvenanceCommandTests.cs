using System.Text.Json.Nodes;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// Gold provenance and its neighbours through the CLI: <c>rescore</c>, the digest and the agreement ceiling on
/// <c>runs show</c>, the <c>ValueComparison</c> setting and <c>--value-comparison</c>, and one error for an unreadable
/// predictions file.
/// </summary>
public sealed class ProvenanceCommandTests : IDisposable
{
    private const string TrialId = "NCT99000001";

    private readonly CliHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string GoldFolder => Path.Combine(CliHarness.Samples, "gold");

    private static string GoldFile => Path.Combine(GoldFolder, TrialId + ".gold.json");

    private static string TrialsFolder => Path.Combine(CliHarness.Samples, "trials");

    [Fact]
    public async Task Rescore_refuses_a_run_that_is_still_running_and_changes_nothing()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("rescore", StoredRunSeed.RunId);

        Assert.Equal(2, result.Exit);
        Assert.Contains("is Running", result.Error, StringComparison.Ordinal);
        var show = await harness.RunAsync("runs", "show", StoredRunSeed.RunId);
        Assert.DoesNotContain("earlier scores (kept)", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescore_of_an_unknown_run_is_bad_input()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("rescore", "no-such-run");

        Assert.Equal(2, result.Exit);
        Assert.Contains("There is no run 'no-such-run'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_show_says_what_the_run_was_scored_against_and_the_agreement_ceiling_when_declared()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);
        harness.Variables["MCODEBENCH_AGREEMENTGOLD"] = GoldFolder; // the same gold twice: agreement is exactly 1

        var result = await harness.RunAsync("runs", "show", StoredRunSeed.RunId);

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"scored against\s*│\s*\(not recorded: the run predates gold digests", result.Out);
        Assert.Contains("annotator agreement (ceiling), 3 trial(s): entity F1 type 1.000, strict 1.000; mapping F1 strict 1.000, lenient 1.000", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_second_annotator_no_ceiling_is_shown()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("runs", "show", StoredRunSeed.RunId);

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("annotator agreement", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Value_comparison_is_a_setting_shown_by_config_show_and_a_bad_value_is_bad_input()
    {
        harness.Variables["MCODEBENCH_VALUECOMPARISON"] = "text";
        var shown = await harness.RunAsync("config", "show");
        Assert.Equal(0, shown.Exit);
        Assert.Matches(@"ValueComparison\s*│\s*text", shown.Out);
        Assert.Matches(@"MaxTrialFileMb\s*│\s*50", shown.Out);

        harness.Variables["MCODEBENCH_VALUECOMPARISON"] = "fuzzy";
        var bad = await harness.RunAsync("config", "show");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("ValueComparison is 'fuzzy'", bad.Out + bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_compares_values_as_text_when_asked_and_clinically_by_default()
    {
        // The gold's "ECOG 0-1" written "<= 1": the same finding, different text.
        var gold = JsonNode.Parse(await File.ReadAllTextAsync(GoldFile, Token))!.AsObject();
        var predictions = gold.DeepClone().AsObject();
        predictions["format"] = "mcodebench-predictions";
        var changed = RewriteEcog(predictions);
        Assert.True(changed, "the sample gold has an ECOG mapping with value ECOG 0-1");
        var file = harness.Write("ecog.predictions.json", predictions.ToJsonString());

        var clinical = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", file);
        var text = await harness.RunAsync("score", "--gold", GoldFile, "--trials", TrialsFolder, "--predictions", file, "--value-comparison", "text");

        Assert.Equal(0, clinical.Exit);
        Assert.Equal(0, text.Exit);
        Assert.Equal(1.0, StrictMappingF1(clinical.Out));
        Assert.True(StrictMappingF1(text.Out) < 1.0);
    }

    [Fact]
    public async Task A_predictions_file_that_does_not_parse_gives_one_error_exit_2_and_no_report()
    {
        var broken = harness.Write("broken.predictions.json", "{\"format\": \"mcodebench-predictions\", \"version\": 1, \"trials\": [");

        var result = await harness.RunAsync("score", "--predictions", broken);

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out.Trim());
        Assert.DoesNotContain("say nothing about trial", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was scored", result.Error, StringComparison.Ordinal);
        Assert.Contains(broken, result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    private static double? StrictMappingF1(string json) =>
        JsonNode.Parse(json)!["aggregate"]!["all_attempts"]!["mappings"]!["strict"]!["micro"]!["f1"]?.GetValue<double>();

    private static bool RewriteEcog(JsonObject predictions)
    {
        var changed = false;
        foreach (var trial in predictions["trials"]!.AsArray())
        {
            foreach (var mapping in trial!["mappings"]?.AsArray() ?? [])
            {
                if (mapping!["value"]?.GetValue<string>() == "ECOG 0-1" && mapping["element"]!.GetValue<string>().Contains("ECOG", StringComparison.OrdinalIgnoreCase))
                {
                    mapping["value"] = "<= 1";
                    mapping.AsObject().Remove("code");
                    changed = true;
                }
            }
        }

        return changed;
    }
}
