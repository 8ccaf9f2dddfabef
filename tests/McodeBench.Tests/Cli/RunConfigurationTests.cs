using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench run</c> reads its workspace from configuration, and <c>--samples</c> still names a whole workspace folder.</summary>
public sealed class RunConfigurationTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task The_model_library_comes_from_configuration()
    {
        harness.Variables["MCODEBENCH_MODELLIBRARY"] = harness.Write("models.json", """
            { "format": "mcodebench-models", "version": "1", "models": [ { "key": "configured-baseline", "provider": "rules-baseline", "default": true } ] }
            """);

        var result = await harness.RunAsync("run", "--trials", "NCT99000001");

        Assert.Equal(0, result.Exit);
        Assert.Contains("configured-baseline", result.Out, StringComparison.Ordinal);
        Assert.Contains("Leaderboard", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samples_overrides_the_configured_workspace()
    {
        harness.Variables["MCODEBENCH_MODELLIBRARY"] = Path.Combine(harness.WorkDirectory, "absent-models.json");

        var configured = await harness.RunAsync("run", "--dry-run", "--trials", "NCT99000001");
        var samples = await harness.RunAsync("run", "--dry-run", "--trials", "NCT99000001", "--samples", CliHarness.Samples);

        Assert.Equal(2, configured.Exit);
        Assert.Contains("absent-models.json", configured.Out, StringComparison.Ordinal);
        Assert.Equal(0, samples.Exit);
        Assert.Contains("Dry run", samples.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trial_and_gold_paths_from_the_command_line_narrow_the_workspace()
    {
        var trials = Path.Combine(CliHarness.Samples, "trials", "NCT99000002.json");
        var gold = Path.Combine(CliHarness.Samples, "gold", "NCT99000002.gold.json");

        var result = await harness.RunAsync("run", "--dry-run", "--trials-path", trials, "--gold-path", gold);

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"total\s*│\s*1\s*│\s*2\s*│", result.Out);
    }

    public void Dispose() => harness.Dispose();
}
