using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>A command line that does not parse is bad input (exit 2) with a message naming the problem and where help is.</summary>
public sealed class CommandLineErrorTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task An_unknown_option_is_bad_input()
    {
        var result = await harness.RunAsync("library", "list", "--colour");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
        Assert.Contains("mcodebench library list --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_bad_input()
    {
        var result = await harness.RunAsync("scroe");

        Assert.Equal(2, result.Exit);
        Assert.Contains("scroe", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_bad_input()
    {
        var result = await harness.RunAsync();

        Assert.Equal(2, result.Exit);
        Assert.Contains("mcodebench --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_succeeds_and_lists_every_command()
    {
        var result = await harness.RunAsync("--help");

        Assert.Equal(0, result.Exit);
        foreach (var command in new[] { "run", "score", "validate", "library", "cache", "simulate-llm", "config" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    public void Dispose() => harness.Dispose();
}
