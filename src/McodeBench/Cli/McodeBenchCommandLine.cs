using System.CommandLine;
using McodeBench.Configuration;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>The whole command tree, built around one context so tests can run any command and read what it printed.</summary>
public static class McodeBenchCommandLine
{
    /// <summary>The command tree on one console (output and errors alike) and the real process environment.</summary>
    public static RootCommand Build(IAnsiConsole console) => Build(new CommandLineContext(console, console, ProcessEnvironment.Current()));

    public static RootCommand Build(CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("McodeBench: benchmark prompt × model combinations on extracting mCODE oncology data from ClinicalTrials.gov records.");
        var globals = new GlobalOptions();
        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        var runner = new SessionRunner(context, globals);
        root.Subcommands.Add(RunCommand.Create(runner));
        foreach (var control in ControlCommands.Create(runner))
        {
            root.Subcommands.Add(control);
        }

        root.Subcommands.Add(RunsCommand.Create(runner));
        root.Subcommands.Add(CompareCommand.Create(runner));
        root.Subcommands.Add(RescoreCommand.Create(runner));
        root.Subcommands.Add(ExportCommand.Create(runner));
        root.Subcommands.Add(ScoreCommand.Create(runner));
        root.Subcommands.Add(AgreementCommand.Create(runner));
        root.Subcommands.Add(DatasetCommand.Create(runner));
        root.Subcommands.Add(ValidateCommand.Create(runner));
        root.Subcommands.Add(LibraryCommand.Create(runner));
        root.Subcommands.Add(CacheCommand.Create(runner));
        root.Subcommands.Add(SimulateLlmCommand.Create(runner));
        root.Subcommands.Add(ConfigCommand.Create(runner));
        root.Subcommands.Add(ServeCommand.Create(runner));
        return root;
    }

    /// <summary>
    /// Parses and runs a command line as the <c>mcodebench</c> process does: help and messages go to the context's
    /// consoles, and a command line that does not parse (an unknown option, a missing or malformed value) is bad input
    /// (exit 2) with every error named.
    /// </summary>
    public static async Task<int> InvokeAsync(CommandLineContext context, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(args);
        var parse = Build(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in ParseErrorMessages.Describe(parse))
            {
                context.Error.MarkupLineInterpolated($"[red]error: {message}[/]");
            }

            var command = ("mcodebench " + CommandPath.Of(parse)).TrimEnd();
            context.Error.MarkupLineInterpolated($"Run '{command} --help' to see the commands and options.");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out.Profile.Out.Writer,
            Error = context.Error.Profile.Out.Writer,

            // Long enough for simulate-llm and run to stop their servers and flush the log after Ctrl+C.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
