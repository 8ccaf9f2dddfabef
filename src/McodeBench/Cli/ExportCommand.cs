using System.CommandLine;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench export RUN_ID [--format csv|json|markdown] [--level task|combo|summary|model|prompt|element|type]
/// [--view all|successful] [--output FILE] [--bom]</c>: a run's stored results as a file, written by the exporters the
/// web tracker's <c>/api/runs/{id}/export</c> uses too (docs/exports.md). Standard output by
/// default, so an export can be piped; messages then go to standard error.
/// </summary>
internal static class ExportCommand
{
    private static readonly Argument<string> RunId = new("run-id") { Description = "The run's id (mcodebench runs list shows them)." };

    private static readonly Option<string> Format = CreateFormat();

    private static readonly Option<string> Level = CreateLevel();

    private static readonly Option<string> View = ViewOption.Create("the summary, model, prompt, element and type levels");

    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file (folders are created; an existing file is replaced once the export is complete). Default: standard output." };

    private static readonly Option<bool> ByteOrderMark = new("--bom") { Description = "CSV only: start with a UTF-8 byte order mark, so Excel reads non-ASCII text (the → between prompts) right." };

    public static Command Create(SessionRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("export", "Export a run's results: one row per task, per prompt × model combination, or a results table (docs/exports.md lists the columns).")
        {
            RunId, Format, Level, View, Output, ByteOrderMark,
        };
        runner.Globals.AddStatisticsTo(command);
        runner.SetAction(command, ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var runId = parse.GetValue(RunId)!;
        var format = parse.GetValue(Format) switch
        {
            "json" => ExportFormat.Json,
            "markdown" or "md" => ExportFormat.Markdown,
            _ => ExportFormat.Csv,
        };
        var level = ExportNames.LevelNamed(parse.GetValue(Level)) ?? ExportLevel.Task;
        var bom = parse.GetValue(ByteOrderMark);
        var outputFile = parse.GetValue(Output) is { } output ? session.Resolve(output) : null;

        // Standard output carries the data unless a file does; messages go wherever the data does not.
        var messages = outputFile is null ? session.Error : session.Out;
        if (bom && format != ExportFormat.Csv)
        {
            messages.MarkupLine("[red]--bom applies to CSV only; leave it out or add --format csv.[/]");
            return ExitCodes.BadInput;
        }

        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Error.MarkupLineInterpolated($"[red]No run '{runId}': there is no database at {session.Options.DatabaseFile} yet (--data-dir or --db names the one the run used).[/]");
            return ExitCodes.BadInput;
        }

        await using var results = await ResultsSession.OpenAsync(session, session.Error, cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return ExitCodes.BadInput;
        }

        if (await results.Reader.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return RunsCommand.UnknownRun(session, results, runId);
        }

        results.WarnAboutUnknownModels(run.ModelKeys, session.Error);
        var exporter = ResultsExporters.For(format, bom);
        var exported = new ExportedRun(run.Run.Id, run.Run.Name, run.Run.Spec.Ranking, DateTime.UtcNow) { View = ViewOption.Of(parse.GetValue(View)), GoldDigest = run.Run.GoldDigest, TrialTextDigest = run.Run.TrialTextDigest };

        Task<int> WriteAsync(Stream destination) => level switch
        {
            ExportLevel.Task => exporter.ExportTasksAsync(
                exported,
                results.Reader.ReadTasksAsync(run.Run.Id, cancellationToken).Select(task => new TaskResultRow(task.Stored.Task, task.Report, results.IsSimulated(task.Stored.Task.ModelKey))),
                destination,
                cancellationToken),
            ExportLevel.Combination => WriteCombinationsAsync(destination),
            _ => WriteTableAsync(destination),
        };

        async Task<int> WriteTableAsync(Stream destination)
        {
            var entries = await StoredLeaderboardEntries.ReadAsync(results.Reader, run.Run.Id, cancellationToken).ConfigureAwait(false);
            return await ReportExports.ExportAsync(exporter, exported, level, entries, results.Models, destination, cancellationToken).ConfigureAwait(false);
        }

        async Task<int> WriteCombinationsAsync(Stream destination)
        {
            var rows = await StoredLeaderboard.BuildAsync(results.Reader, run.Run.Id, results.Models, run.Run.Spec.Ranking, top: null, session.Options.Statistics, cancellationToken).ConfigureAwait(false);
            return await exporter.ExportCombinationsAsync(exported, rows, destination, cancellationToken).ConfigureAwait(false);
        }

        int written;
        if (outputFile is null)
        {
            var stdout = new TextWriterStream(session.Out.Profile.Out.Writer);
            await using (stdout.ConfigureAwait(false))
            {
                written = await WriteAsync(stdout).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            written = await WriteFileAsync(outputFile, WriteAsync, cancellationToken).ConfigureAwait(false);
        }

        var what = level switch
        {
            ExportLevel.Task => "tasks",
            ExportLevel.Combination => "combinations",
            _ => $"{ExportNames.Of(level)} rows",
        };
        messages.MarkupLineInterpolated($"[blue]Exported {written} {what} of run {run.Run.Id} as {exporter.Format.ToString().ToLowerInvariant()}{(outputFile is null ? string.Empty : " to " + outputFile)}.[/]");
        return ExitCodes.Success;
    }

    // Written beside the target and moved over it once complete, so a cancelled or failed export never leaves half a file.
    private static async Task<int> WriteFileAsync(string path, Func<Stream, Task<int>> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        try
        {
            int written;
            var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                written = await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
            return written;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format", "-f") { Description = "csv, json or markdown.", DefaultValueFactory = _ => "csv" };
        option.AcceptOnlyFromAmong("csv", "json", "markdown", "md");
        return option;
    }

    private static Option<string> CreateLevel()
    {
        var option = new Option<string>("--level")
        {
            Description = "task (one row per task), combo (one row per prompt × model combination, the leaderboard), or a results table as the web tracker shows it: summary, model, prompt, element or type.",
            DefaultValueFactory = _ => "task",
        };
        option.AcceptOnlyFromAmong([.. Enum.GetValues<ExportLevel>().Select(ExportNames.Of)]);
        return option;
    }
}
