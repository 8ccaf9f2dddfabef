using System.Text.Json;
using McodeBench.Cli;
using Spectre.Console.Testing;

using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// Drives <c>mcodebench run</c> through the real command tree on the bundled samples (copied next to the host's
/// binary by its build), as a user would, and checks what it printed and returned.
/// </summary>
[Collection(nameof(SimulatorPortSharing))]
public sealed class RunCommandTests
{
    [Fact]
    public async Task With_no_options_runs_the_samples_on_the_rules_baseline_and_prints_a_leaderboard()
    {
        var (exit, output) = await RunAsync("run", "--trials", "NCT99000001", "NCT99000002");

        Assert.Equal(0, exit);
        Assert.Contains("Leaderboard", output, StringComparison.Ordinal);
        Assert.Contains("rules-baseline", output, StringComparison.Ordinal);
        Assert.Contains("extract-structured", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulated_model_is_labelled_simulated_in_the_leaderboard()
    {
        var (exit, output) = await RunAsync("run", "--models", "simulated-gpt", "--trials", "NCT99000001");

        Assert.Equal(0, exit);
        Assert.Contains("(simulated)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_the_estimate_and_calls_nothing()
    {
        var (exit, output) = await RunAsync("run", "--dry-run", "--models", "simulated-gpt", "--trials", "NCT99000001", "NCT99000002", "--repeats", "3");

        Assert.Equal(0, exit);
        Assert.Contains("Dry run", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Leaderboard", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Started the built-in simulator", output, StringComparison.Ordinal);
        // 2 trials × 3 repeats = 6 tasks, two calls each in the two-step pipeline.
        Assert.Matches(@"total\s*│\s*6\s*│\s*12\s*│", output);
    }

    [Fact]
    public async Task A_dry_run_of_a_hundred_million_repeats_is_refused_at_once_naming_the_setting()
    {
        var (exit, output) = await RunAsync("run", "--dry-run", "--trials", "NCT99000001", "--repeats", "100000000");

        Assert.Equal(2, exit);
        Assert.Contains("100,000,000 tasks", output, StringComparison.Ordinal);
        Assert.Contains("MaxTasksPerRun", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Dry run", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_is_bad_input_and_the_message_suggests_the_close_key()
    {
        var (exit, output) = await RunAsync("run", "--models", "rules-baselin");

        Assert.Equal(2, exit);
        Assert.Contains("rules-baselin", output, StringComparison.Ordinal);
        Assert.Contains("rules-baseline", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_workspace_folder_is_bad_input_naming_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mcodebench-missing-" + Guid.NewGuid().ToString("N"));

        var (exit, output) = await RunAsync("run", "--samples", missing);

        Assert.Equal(2, exit);
        Assert.Contains(missing, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_summary_holds_the_leaderboard_with_null_for_undefined_scores()
    {
        var file = Path.Combine(Path.GetTempPath(), "mcodebench-summary-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (exit, _) = await RunAsync("run", "--trials", "NCT99000001", "--json-summary", file);

            Assert.Equal(0, exit);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            var row = Assert.Single(document.RootElement.GetProperty("leaderboard").EnumerateArray());
            Assert.Equal("rules-baseline", row.GetProperty("model").GetString());
            Assert.Equal(1, row.GetProperty("tasks").GetInt32());
            Assert.InRange(row.GetProperty("entity_f1_strict").GetDouble(), 0, 1);
            // One repeat: the spread over repeats is undefined and must be null, not 0.
            Assert.Equal(JsonValueKind.Null, row.GetProperty("entity_f1_type_repeat_std_dev").ValueKind);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Runs the command with a data folder of its own, so its database, cache and log are not shared with other tests
    /// running in parallel, nor left behind in the test's working folder.
    /// </summary>
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var dataDir = Directory.CreateTempSubdirectory("mcodebench-run-").FullName;
        try
        {
            var console = new TestConsole().Width(250);
            var exit = await McodeBenchCommandLine.Build(console).Parse([.. args, "--data-dir", dataDir]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
            return (exit, console.Output);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
