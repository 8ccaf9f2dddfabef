using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// The statistics layer as the CLI shows it: the <c>run --json-summary</c> interface fields, the leaderboard text,
/// <c>compare</c> and its JSON, and the <c>Statistics:*</c> settings with their refusals.
/// </summary>
[Collection(nameof(SimulatorPortSharing))]
public sealed partial class StatisticsCommandTests : IDisposable
{
    private static readonly string[] ThreeTrials = ["--trials", "NCT99000001", "NCT99000002", "NCT99000003"];

    private readonly CliHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_json_summary_rows_carry_intervals_comparison_to_best_tie_cost_pareto_and_stability()
    {
        var file = Path.Combine(harness.WorkDirectory, "summary.json");

        var result = await harness.RunAsync(["run", "--models", "rules-baseline", "simulated-gpt", "--repeats", "3", .. ThreeTrials, "--json-summary", file, "--resamples", "500"]);

        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, Token));
        var rows = document.RootElement.GetProperty("leaderboard").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var best = rows[0];
        var other = rows[1];

        // The best row: no comparison with itself, tied with itself.
        Assert.Equal(JsonValueKind.Null, best.GetProperty("comparison_to_best").ValueKind);
        Assert.True(best.GetProperty("tied_with_best").GetBoolean());
        foreach (var row in rows)
        {
            var ci = row.GetProperty("rank_value_ci95");
            Assert.InRange(row.GetProperty("rank_value").GetDouble(), ci.GetProperty("lower").GetDouble(), ci.GetProperty("upper").GetDouble());
            Assert.Equal(JsonValueKind.Number, row.GetProperty("cost_per_correct_entity").ValueKind);
            Assert.Contains(row.GetProperty("pareto_optimal").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });

            // Three repeats of each of three trials: stability is measured, and the deterministic outputs agree.
            var stability = row.GetProperty("stability");
            Assert.Equal(3, stability.GetProperty("trials_with_repeats").GetInt32());
            Assert.Equal(9, stability.GetProperty("repeat_pairs").GetInt32());
            Assert.Equal(1.0, stability.GetProperty("entity_jaccard").GetDouble());
        }

        // The simulated model reproduces the baseline here: identical systems give Δ = 0, p = 1, and are tied.
        var comparison = other.GetProperty("comparison_to_best");
        Assert.Equal(0.0, comparison.GetProperty("delta").GetDouble());
        Assert.Equal(0.0, comparison.GetProperty("delta_ci95").GetProperty("lower").GetDouble());
        Assert.Equal(0.0, comparison.GetProperty("delta_ci95").GetProperty("upper").GetDouble());
        Assert.Equal(1.0, comparison.GetProperty("p_value").GetDouble());
        Assert.Equal(1.0, comparison.GetProperty("p_value_holm").GetDouble());
        Assert.Equal(1.0, comparison.GetProperty("q_value_bh").GetDouble());
        Assert.True(other.GetProperty("tied_with_best").GetBoolean());
        Assert.Equal("1–2", other.GetProperty("rank_band").GetString());

        // The text: the interval after the rank value, the band, the simulated label and the legend.
        Assert.Matches(@"\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]", result.Out);
        Assert.Contains("tied 1–2", result.Out, StringComparison.Ordinal);
        Assert.Contains("(simulated)", result.Out, StringComparison.Ordinal);
        Assert.Contains("cluster bootstrap over trials (500 resamples", result.Out, StringComparison.Ordinal);
        Assert.Contains("Holm-adjusted p ≥ 0.05", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_repeats_stability_is_null_not_perfect()
    {
        var file = Path.Combine(harness.WorkDirectory, "summary.json");

        var result = await harness.RunAsync("run", "--trials", "NCT99000001", "NCT99000002", "--json-summary", file, "--resamples", "200");

        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, Token));
        var row = Assert.Single(document.RootElement.GetProperty("leaderboard").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("stability").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("comparison_to_best").ValueKind);
        Assert.True(row.GetProperty("tied_with_best").GetBoolean());
    }

    [Fact]
    public async Task Compare_prints_and_writes_delta_with_ci_and_p_per_combination_and_refuses_unknown_runs()
    {
        var first = await harness.RunAsync(["run", "--repeats", "2", .. ThreeTrials, "--resamples", "200"]);
        var second = await harness.RunAsync(["run", "--repeats", "2", .. ThreeTrials, "--resamples", "200"]);
        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        var runA = RunIdOf(first.Out);
        var runB = RunIdOf(second.Out);
        var file = Path.Combine(harness.WorkDirectory, "compare.json");

        var result = await harness.RunAsync("compare", runA, runB, "--json-summary", file, "--resamples", "200", "--shuffles", "199");

        Assert.Equal(0, result.Exit);
        Assert.Contains("Δ = B − A", result.Out, StringComparison.Ordinal);
        Assert.Contains("no significant change", result.Out, StringComparison.Ordinal);
        Assert.Contains("Regressions: none.", result.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, Token));
        Assert.Equal(runA, document.RootElement.GetProperty("run_a").GetString());
        Assert.Equal(runB, document.RootElement.GetProperty("run_b").GetString());
        var row = Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("extract-structured → map-coded", row.GetProperty("prompts").GetString());
        Assert.Equal("rules-baseline", row.GetProperty("model").GetString());
        Assert.Equal("two-step", row.GetProperty("pipeline").GetString());
        Assert.Equal(0.0, row.GetProperty("delta").GetDouble());
        Assert.Equal(0.0, row.GetProperty("delta_ci95").GetProperty("upper").GetDouble());
        Assert.Equal(1.0, row.GetProperty("p_value").GetDouble());
        Assert.Equal(1.0, row.GetProperty("p_value_holm").GetDouble());
        Assert.Equal(3, row.GetProperty("trials_paired").GetInt32());

        var unknown = await harness.RunAsync("compare", runA, runB[..^1]);

        Assert.Equal(2, unknown.Exit);
        Assert.Contains($"No run '{runB[..^1]}'", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--resamples", "5", "Statistics:Resamples", "from 100 to 1,000,000")]
    [InlineData("--alpha", "1.5", "Statistics:Alpha", "strictly between 0 and 1")]
    [InlineData("--seed", "-3", "Statistics:Seed", "whole number")]
    [InlineData("--shuffles", "ten", "Statistics:Shuffles", "from 99 to")]
    public async Task A_bad_statistics_option_is_bad_input_naming_the_setting_and_its_range(string option, string value, string setting, string range)
    {
        var result = await harness.RunAsync("run", "--dry-run", option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains(setting, result.Error, StringComparison.Ordinal);
        Assert.Contains(range, result.Error, StringComparison.Ordinal);
        Assert.Contains("command line " + option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_settings_come_from_the_environment_and_show_in_config_show_and_typos_are_warned_about()
    {
        harness.Variables["MCODEBENCH_STATISTICS__RESAMPLES"] = "4000";
        harness.Write("appsettings.json", """{ "Statistics": { "Alpha": 0.01, "Resample": 10 } }""");

        var result = await harness.RunAsync("config", "show");

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"Statistics:Resamples\s*│\s*4000\s*│\s*environment variable MCODEBENCH_STATISTICS__RESAMPLES", result.Out);
        Assert.Matches(@"Statistics:Alpha\s*│\s*0\.01\s*│", result.Out);
        Assert.Matches(@"Statistics:Shuffles\s*│\s*9999\s*│\s*default", result.Out);
        Assert.True(result.All.Contains("no setting 'Statistics:Resample'", StringComparison.Ordinal), result.All);
        Assert.Contains("Statistics:Resamples", result.All[result.All.IndexOf("no setting 'Statistics:Resample'", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_statistics_setting_in_the_environment_stops_every_command()
    {
        harness.Variables["MCODEBENCH_STATISTICS__ALPHA"] = "0";

        var result = await harness.RunAsync("runs", "list");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Statistics:Alpha is '0'", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    private static string RunIdOf(string output) => RunStarted().Match(output) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("No 'Run … started' line in: " + output);

    [GeneratedRegex(@"Run (\S+) started:")]
    private static partial Regex RunStarted();
}
