using System.Text.Json;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench agreement --gold A --gold B</c>: a table of every scheme, or JSON; exit 2 for bad input.</summary>
public sealed class AgreementCommandTests : IDisposable
{
    private const string Text = "Inclusion: HER2-positive disease treated with trastuzumab; metastatic breast cancer.";

    private readonly CliHarness harness = new();

    public void Dispose() => harness.Dispose();

    private void WriteTwoAnnotators()
    {
        harness.Write("a/NCT1.txt", Text);
        harness.Write("a/NCT1.ann", "T1\tbiomarker 11 24\tHER2-positive\nT2\tmedication 46 57\ttrastuzumab\nT3\tcondition 59 83\tmetastatic breast cancer\n");
        harness.Write("b/NCT1.txt", Text);
        harness.Write("b/NCT1.ann", "T1\tbiomarker 11 24\tHER2-positive\nT2\tmedication 46 57\ttrastuzumab\nT3\tcondition 70 83\tbreast cancer\n");
    }

    [Fact]
    public async Task The_table_shows_every_scheme_with_undefined_mapping_figures_as_a_dash()
    {
        WriteTwoAnnotators();

        var result = await harness.RunAsync("agreement", "--gold", "a", "--gold", "b");

        Assert.Equal(0, result.Exit);
        Assert.Contains("over 1 common trial(s)", result.Out, StringComparison.Ordinal);
        var strict = result.Out.Split('\n').Single(line => line.Contains("entities strict", StringComparison.Ordinal));
        Assert.Contains("0.667", strict, StringComparison.Ordinal);
        var mappings = result.Out.Split('\n').Single(line => line.Contains("mappings strict", StringComparison.Ordinal));
        Assert.Contains("—", mappings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_carries_the_common_trials_and_the_scores()
    {
        WriteTwoAnnotators();

        var result = await harness.RunAsync("agreement", "--gold", "a", "--gold", "b", "--json");

        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Equal("NCT1", report.RootElement.GetProperty("common_trials")[0].GetString());
        var type = report.RootElement.GetProperty("score").GetProperty("entities").GetProperty("type").GetProperty("micro");
        Assert.Equal(1.0, type.GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task One_gold_set_is_bad_input()
    {
        WriteTwoAnnotators();

        var result = await harness.RunAsync("agreement", "--gold", "a");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Give --gold twice", result.Out, StringComparison.Ordinal);
    }
}
