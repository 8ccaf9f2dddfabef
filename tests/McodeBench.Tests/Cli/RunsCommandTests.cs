using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench runs list|show</c> over a run stored in the data folder's database.</summary>
public sealed class RunsCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_database_there_are_no_runs_and_none_is_created()
    {
        var result = await harness.RunAsync("runs", "list");

        Assert.Equal(0, result.Exit);
        Assert.Contains("No runs: there is no database at", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(harness.DataDir, "mcodebench.db")));
    }

    [Fact]
    public async Task List_shows_each_run_with_its_progress_failures_times_and_simulated_models()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("runs", "list");

        Assert.Equal(0, result.Exit);
        var line = Assert.Single(result.Out.Split('\n'), l => l.Contains(StoredRunSeed.RunId, StringComparison.Ordinal));
        Assert.Matches(@"nightly\s*│\s*Running\s*│\s*5/6\s*│\s*1\s*│\s*2026-11-27 08:00:00\s*│\s*—\s*│\s*simulated \(simulated-gpt\)", line);
    }

    [Fact]
    public async Task List_filters_by_status()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("runs", "list", "--status", "Completed");

        Assert.Equal(0, result.Exit);
        Assert.Contains("No runs in", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(StoredRunSeed.RunId, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_prints_the_spec_versions_counts_and_the_leaderboard_from_stored_results()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("runs", "show", StoredRunSeed.RunId);

        Assert.Equal(0, result.Exit);
        var output = result.Out;
        Assert.Matches(@"pipeline\s*│\s*two-step", output);
        Assert.Matches(@"prompts\s*│\s*extract-basic, map-basic", output);
        Assert.Matches(@"models run\s*│.*simulated-gpt \(simulated\)", output);
        Assert.Matches(@"trials\s*│\s*3 \(NCT99000001, NCT99000002, NCT99000003\)", output);
        Assert.Matches(@"repeats\s*│\s*1", output);
        Assert.Matches(@"priority\s*│\s*Normal", output);
        Assert.Matches(@"ranking\s*│\s*entity F1 \(strict\)", output);
        Assert.Matches(@"models\s*│\s*sha256:abc", output);
        Assert.Matches(@"Completed\s*│\s*4", output);
        Assert.Matches(@"Failed\s*│\s*1", output);
        Assert.Matches(@"Queued\s*│\s*1", output);

        // rules-baseline: 3 COR, 1 MIS, 1 SPU on each of two trials → F1 0.75; simulated-gpt: the failed trial's gold is missed.
        // Ties break by model key, so the unknown model (=…) ranks before rules-baseline at the same 0.750.
        // The decision table (rank value with its interval), then the figures table (tasks, failed, entity F1 strict).
        Assert.Matches(@"│\s*2\s*│\s*two-step · extract-basic → map-basic on rules-baseline\s*│\s*0\.750 \[", output);
        Assert.Matches(@"│\s*3\s*│.*simulated-gpt \(simulated\)\s*│\s*0\.500", output);
        Assert.Matches(@"│\s*2\s*│\s*2\s*│\s*0\s*│\s*0\.750", output);
        Assert.Matches(@"│\s*3\s*│\s*2\s*│\s*1 \(50\.0%\)\s*│\s*0\.500", output);
        Assert.Contains("The run is not finished", output, StringComparison.Ordinal);
        Assert.Contains($"Model '{StoredRunSeed.UnknownModel}' is not in the model library", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_with_breakdowns_prints_the_model_and_prompt_comparisons_in_the_chosen_view()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var all = await harness.RunAsync("runs", "show", StoredRunSeed.RunId, "--breakdown", "model", "prompt");
        var successful = await harness.RunAsync("runs", "show", StoredRunSeed.RunId, "--breakdown", "model", "--view", "successful");

        Assert.Equal((0, 0), (all.Exit, successful.Exit));

        // simulated-gpt: COR 3, MIS 1 + 4 (its failed task's gold), SPU 1 → P 0.75, R 0.375, F1 0.5; successful only: 0.75 each.
        Assert.Contains("Model comparison — entity_strict counts, all attempts", all.Out, StringComparison.Ordinal);
        Assert.Matches(@"simulated-gpt \(simulated\)\s*│\s*2\s*│\s*1 \(50\.0%\)\s*│\s*0\.750\s*│\s*0\.375\s*│\s*0\.500", all.Out);

        // The one prompt pair over every model: COR 12, MIS 8, SPU 4 → P 0.75, R 0.6, F1 2/3.
        Assert.Matches(@"extract-basic → map-basic\s*│\s*5\s*│\s*1 \(20\.0%\)\s*│\s*0\.750\s*│\s*0\.600\s*│\s*0\.667", all.Out);
        Assert.Matches(@"simulated-gpt \(simulated\)\s*│\s*2\s*│\s*1 \(50\.0%\)\s*│\s*0\.750\s*│\s*0\.750\s*│\s*0\.750", successful.Out);
        Assert.DoesNotContain("Prompt comparison", successful.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_run_is_bad_input()
    {
        await StoredRunSeed.SeedAsync(harness.DataDir, Token);

        var result = await harness.RunAsync("runs", "show", "no-such-run");

        Assert.Equal(2, result.Exit);
        Assert.Contains("No run 'no-such-run' in", result.Error, StringComparison.Ordinal);
        Assert.Contains("mcodebench runs list", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
