using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Datasets;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench dataset import --brat DIR --type-map FILE|lct|canonical --name NAME [--output DIR]</c>: turns a brat
/// corpus into trials and native gold a run, <c>serve</c> and <c>score</c> read (<see cref="BratDatasetImporter"/>),
/// and says what was mapped, dropped and de-duplicated. See docs/gold-format.md.
/// </summary>
internal static class DatasetCommand
{
    public static Command Create(SessionRunner runner)
    {
        var brat = new Option<string>("--brat") { Description = "The folder of brat documents (NAME.txt + NAME.ann).", Required = true };
        var typeMap = new Option<string>("--type-map") { Description = "How corpus types become McodeBench types: lct, canonical, or a JSON file {\"CorpusType\": \"condition\", \"Other\": null}.", Required = true };
        var name = new Option<string>("--name") { Description = "The dataset's name (also the default output folder).", Required = true };
        var output = new Option<string?>("--output") { Description = "Where to write trials/, gold/ and import-report.json. Default: ./NAME." };
        var import = new Command("import", "Turn a brat corpus into benchmark trials and gold.") { brat, typeMap, name, output };
        runner.SetAction(import, async (session, cancellationToken) =>
        {
            var parse = session.Parse;
            var folder = session.Resolve(parse.GetValue(brat)!);
            var datasetName = parse.GetValue(name)!.Trim();
            var target = session.Resolve(parse.GetValue(output) ?? datasetName);
            var problems = new List<Diagnostic>();
            if (!Directory.Exists(folder))
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, folder, "--brat: no such folder.", "Give the folder that holds the brat .txt and .ann files."));
            }

            if (datasetName.Length == 0 || datasetName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, "--name", $"\"{datasetName}\" cannot name a dataset folder.", "Use letters, digits, '-' and '_'."));
            }

            var mapName = parse.GetValue(typeMap)!;
            var (map, mapProblems) = await BratTypeMapFile.ResolveAsync(File.Exists(session.Resolve(mapName)) ? session.Resolve(mapName) : mapName, cancellationToken).ConfigureAwait(false);
            problems.AddRange(mapProblems);
            if (problems.Count > 0 || map is null)
            {
                BadInputLog.Write(session.Logger, problems);
                DiagnosticPrinter.Print(session.Error, problems);
                return ExitCodes.BadInput;
            }

            var report = await BratDatasetImporter.ImportAsync(folder, map, datasetName, target, cancellationToken).ConfigureAwait(false);
            DiagnosticPrinter.Print(session.Error, report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
            if (report.HasErrors)
            {
                BadInputLog.Write(session.Logger, report.Diagnostics);
                session.Error.MarkupLine("[red]Nothing was written: fix the errors above and import again.[/]");
                return ExitCodes.BadInput;
            }

            var console = session.Out;
            console.MarkupLineInterpolated($"Imported {report.Documents} document(s) of {folder} as dataset [bold]{report.Name}[/] with type map {report.TypeMap}.");
            console.MarkupLineInterpolated($"  mapped: {Counts(report.MappedByType)}");
            console.MarkupLineInterpolated($"  dropped: {Counts(report.DroppedByCorpusType)}");
            console.MarkupLineInterpolated($"  duplicates removed: {report.DuplicatesRemoved}; discontinuous spans (full extent): {report.DiscontinuousSpans}");
            console.MarkupLineInterpolated($"  trials: {report.TrialsFolder}");
            console.MarkupLineInterpolated($"  gold: {report.GoldFolder}");
            console.MarkupLineInterpolated($"Run it with: mcodebench run --trials-path \"{report.TrialsFolder}\" --gold-path \"{report.GoldFolder}\" ...");
            return ExitCodes.Success;
        });
        return new Command("dataset", "Bring your own annotated corpus.") { import };
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0
            ? "none"
            : $"{counts.Values.Sum().ToString(CultureInfo.InvariantCulture)} ({string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString(CultureInfo.InvariantCulture)}"))})";
}
