using McodeBench.Configuration;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// What every command writes to and reads from: standard output, standard error (diagnostics of commands whose standard
/// output is data, such as <c>score</c>'s JSON) and the process environment. Tests pass test consoles and their own
/// environment.
/// </summary>
public sealed record CommandLineContext(IAnsiConsole Out, IAnsiConsole Error, ProcessEnvironment Environment)
{
    /// <summary>The real console and environment of this process.</summary>
    public static CommandLineContext ForProcess()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return new CommandLineContext(AnsiConsole.Console, error, ProcessEnvironment.Current());
    }
}
