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
    /// <summary>
    /// Width given to a console whose output goes to a file or a pipe: wide enough that no message is folded onto a
    /// second line (a redirected line is read by tools and searched, not fitted to a window), while tables still
    /// take only the width their columns need.
    /// </summary>
    public const int RedirectedWidth = 10_000;

    /// <summary>The real console and environment of this process.</summary>
    public static CommandLineContext ForProcess()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var context = new CommandLineContext(AnsiConsole.Console, error, ProcessEnvironment.Current());
        if (Console.IsOutputRedirected)
        {
            Unfold(context.Out);
        }

        if (Console.IsErrorRedirected)
        {
            Unfold(context.Error);
        }

        return context;
    }

    /// <summary>Stops a redirected console from hard-wrapping lines at a terminal's width.</summary>
    public static void Unfold(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Width = RedirectedWidth;
    }
}
