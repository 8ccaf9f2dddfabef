using System.CommandLine;
using System.Globalization;
using McodeBench.Cli.Validation;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench validate [PATH...]</c>: tells each file's kind, reads it with the reader made for that kind and prints
/// every problem (errors red, warnings yellow, notes blue). With no path it validates the configured workspace.
/// Exit 0 when nothing is an error, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(SessionRunner runner)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders: prompt or model libraries, CT.gov trials, native gold, brat documents, predictions, or a workspace folder. Default: the configured workspace.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Check libraries, trials, gold and prediction files and print every problem found.") { paths };
        runner.SetAction(command, async (session, cancellationToken) =>
        {
            var given = session.Parse.GetValue(paths) ?? [];
            var reports = given.Length == 0
                ? [await InputValidator.ValidateWorkspaceAsync(session.Options.Workspace, cancellationToken).ConfigureAwait(false)]
                : await InputValidator.ValidateAsync([.. given.Select(session.Resolve).SelectMany(InputKindDetector.Detect)], cancellationToken).ConfigureAwait(false);
            return Print(session, reports, given.Length == 0);
        });
        return command;
    }

    private static int Print(CommandSession session, IReadOnlyList<ValidationReport> reports, bool workspace)
    {
        var console = session.Out;
        if (workspace)
        {
            var options = session.Options;
            console.MarkupLineInterpolated($"[grey]Workspace: prompts {options.PromptLibrary}; models {options.ModelLibrary}; trials {string.Join(", ", options.Trials)}; gold {string.Join(", ", options.Gold)}[/]");
        }

        foreach (var report in reports)
        {
            var verdict = report.Errors > 0
                ? $"[red]{report.Errors.ToString(CultureInfo.InvariantCulture)} error(s)[/]"
                : "[green]ok[/]";
            var warnings = report.Warnings > 0 ? $", [yellow]{report.Warnings.ToString(CultureInfo.InvariantCulture)} warning(s)[/]" : string.Empty;
            console.MarkupLine($"[bold]{Markup.Escape(report.Input.Path)}[/] — {Markup.Escape(report.Input.Describe())}: {verdict}{warnings}");
            DiagnosticPrinter.Print(console, report.Diagnostics);
            BadInputLog.Write(session.Logger, report.Diagnostics);
        }

        var errors = reports.Sum(r => r.Errors);
        var total = reports.Sum(r => r.Warnings);
        console.MarkupLineInterpolated($"Checked {reports.Count} input(s): {errors} error(s), {total} warning(s).");
        return errors == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
