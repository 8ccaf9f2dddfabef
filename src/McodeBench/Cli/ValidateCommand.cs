using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using McodeBench.Cli.Validation;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench validate [PATH...]</c>: tells each file's kind, reads it with the reader made for that kind and prints
/// every problem (errors red, warnings yellow, notes blue) and what it loaded (trials, sections, gold entities and
/// mappings per type, prompts, models, predictions). With no path it validates the configured workspace. <c>--json</c>
/// prints the same as one JSON document. Exit 0 when nothing is an error, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(SessionRunner runner)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders: prompt or model libraries, CT.gov trials, native gold, brat documents, predictions, or a workspace folder. Default: the configured workspace.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the reports (counts and problems) as JSON on standard output." };
        var command = new Command("validate", "Check libraries, trials, gold and prediction files, print what they hold and every problem found.") { paths, json };
        runner.SetAction(command, async (session, cancellationToken) =>
        {
            var given = session.Parse.GetValue(paths) ?? [];
            var reports = given.Length == 0
                ? [await InputValidator.ValidateWorkspaceAsync(session.Options.Workspace, cancellationToken).ConfigureAwait(false)]
                : await InputValidator.ValidateAsync([.. given.Select(session.Resolve).SelectMany(InputKindDetector.Detect)], cancellationToken).ConfigureAwait(false);
            return session.Parse.GetValue(json) ? PrintJson(session, reports) : Print(session, reports, given.Length == 0);
        });
        return command;
    }

    private static int PrintJson(CommandSession session, IReadOnlyList<ValidationReport> reports)
    {
        var inputs = new JsonArray();
        foreach (var report in reports)
        {
            var diagnostics = new JsonArray();
            foreach (var diagnostic in report.Diagnostics)
            {
                diagnostics.Add(new JsonObject
                {
                    ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
                    ["file"] = diagnostic.File,
                    ["location"] = diagnostic.Location.Length == 0 ? null : diagnostic.Location,
                    ["message"] = diagnostic.Message,
                    ["fix"] = diagnostic.Fix.Length == 0 ? null : diagnostic.Fix,
                });
            }

            BadInputLog.Write(session.Logger, report.Diagnostics);
            inputs.Add(new JsonObject
            {
                ["path"] = report.Input.Path,
                ["kind"] = report.Input.Describe(),
                ["errors"] = report.Errors,
                ["warnings"] = report.Warnings,
                ["counts"] = report.Counts.ToJson(),
                ["diagnostics"] = diagnostics,
            });
        }

        var errors = reports.Sum(r => r.Errors);
        var document = new JsonObject { ["inputs"] = inputs, ["errors"] = errors, ["warnings"] = reports.Sum(r => r.Warnings) };
        session.Out.Profile.Out.Writer.WriteLine(document.ToJsonString(JsonOutput));
        return errors == 0 ? ExitCodes.Success : ExitCodes.BadInput;
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
            if (report.Counts.Describe() is { Length: > 0 } counts)
            {
                console.MarkupLineInterpolated($"  loaded: {counts}");
            }

            DiagnosticPrinter.Print(console, report.Diagnostics);
            BadInputLog.Write(session.Logger, report.Diagnostics);
        }

        var errors = reports.Sum(r => r.Errors);
        var total = reports.Sum(r => r.Warnings);
        console.MarkupLineInterpolated($"Checked {reports.Count} input(s): {errors} error(s), {total} warning(s).");
        return errors == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
