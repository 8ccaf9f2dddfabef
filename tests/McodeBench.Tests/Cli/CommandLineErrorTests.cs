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

    [Fact]
    public async Task A_value_that_is_not_a_number_says_what_the_option_takes_without_a_dotnet_type_name()
    {
        var result = await harness.RunAsync("run", "--repeats", "abc");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--repeats: 'abc' is not a whole number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_is_not_a_priority_lists_the_priorities_and_the_closest_one()
    {
        var result = await harness.RunAsync("priority", "run-1", "Hgh");

        Assert.Equal(2, result.Exit);
        Assert.Contains("'Hgh' is not one of Low, Normal, High, Critical. Did you mean 'High'?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("McodeBench.Core", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_with_values_is_one_error_with_a_suggestion()
    {
        var result = await harness.RunAsync("run", "--modles", "rules-baseline", "simulated-gpt");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Unknown option '--modles'. Did you mean '--models'?", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_suggests_the_closest_and_lists_the_commands()
    {
        var result = await harness.RunAsync("scroe");

        Assert.Equal(2, result.Exit);
        Assert.Contains("Unknown command 'scroe'. Did you mean 'score'", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_redirected_console_does_not_fold_long_lines()
    {
        using var writer = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(writer) });
        McodeBench.Cli.CommandLineContext.Unfold(console);
        var message = string.Join(' ', Enumerable.Repeat("word", 120));

        Spectre.Console.AnsiConsoleExtensions.MarkupLine(console, message);

        Assert.Equal(message, writer.ToString().TrimEnd('\r', '\n'));
    }

    public void Dispose() => harness.Dispose();
}
