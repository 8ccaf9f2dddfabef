using McodeBench.Cli;
using Spectre.Console;

// The host only wires commands; each command lives in Cli/ and the work itself in McodeBench.Core.
if (Console.IsOutputRedirected)
{
    // Logs and CI capture: wide enough that the leaderboard's columns are not folded into unreadable slivers.
    AnsiConsole.Console.Profile.Width = 200;
}

return await McodeBenchCommandLine.Build(AnsiConsole.Console).Parse(args).InvokeAsync().ConfigureAwait(false);
