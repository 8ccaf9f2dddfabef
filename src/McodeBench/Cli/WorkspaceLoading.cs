using System.CommandLine;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// Loads the workspace (prompts, models, trials, gold) a command works on. Commands that run tasks all need the same
/// thing: warnings and errors printed, the errors logged, and one line telling the user what to do when nothing loaded.
/// </summary>
internal static class WorkspaceLoading
{
    /// <summary>The folder given with <paramref name="samples"/>, or the configured workspace when it is not given.</summary>
    public static WorkspacePaths PathsFor(CommandSession session, Option<string?> samples) =>
        session.Parse.GetValue(samples) is { } folder ? WorkspacePaths.FromSamples(session.Resolve(folder)) : session.Options.Workspace;

    /// <summary>The loaded workspace, or null once the reasons it did not load are printed to <paramref name="console"/>.</summary>
    public static async Task<BenchmarkWorkspace?> LoadAsync(CommandSession session, WorkspacePaths paths, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(paths, session.Options.LoadOptions, cancellationToken).ConfigureAwait(false);
        Configuration.KnownSecrets.Register(loaded.Workspace?.Models, session.Environment);
        DiagnosticPrinter.Print(console, loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
        if (loaded.Workspace is null)
        {
            BadInputLog.Write(session.Logger, loaded.Diagnostics);
            console.MarkupLine("[red]The workspace could not be loaded; fix the errors above and try again (mcodebench validate checks every file).[/]");
        }

        return loaded.Workspace;
    }
}
