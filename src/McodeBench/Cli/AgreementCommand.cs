using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Agreement;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench agreement --gold A --gold B</c>: two annotators' gold scored against each other with the benchmark's
/// schemes (<see cref="AnnotatorAgreement"/>), as a table or as JSON. The F1 is the ceiling to read model scores against.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(SessionRunner runner)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Give twice: the first annotator's gold, then the second's (native gold files or folders, brat folders or .ann files).",
            Required = true,
        };
        var trials = new Option<string[]>("--trials")
        {
            Description = "CT.gov record files or folders native gold's spans refer to (brat gold brings its own text).",
            AllowMultipleArgumentsPerToken = true,
        };
        var typeMap = new Option<string?>("--type-map") { Description = "How brat types become McodeBench types for both sets: lct, canonical or a JSON file. Default: detected." };
        var json = new Option<bool>("--json") { Description = "Print the agreement report as JSON on standard output." };
        var command = new Command("agreement", "Score two annotators' gold against each other (inter-annotator agreement, the ceiling for model scores).")
        {
            gold, trials, typeMap, json,
        };
        runner.SetAction(command, async (session, cancellationToken) =>
        {
            var parse = session.Parse;
            var paths = parse.GetValue(gold)!.Select(session.Resolve).ToList();
            var messages = parse.GetValue(json) ? session.Error : session.Out;
            var problems = new List<Diagnostic>();
            if (paths.Count != 2)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, "--gold", $"agreement compares two gold sets; {paths.Count.ToString(CultureInfo.InvariantCulture)} were given.", "Give --gold twice: --gold FIRST --gold SECOND."));
            }

            problems.AddRange(paths.Where(path => !File.Exists(path) && !Directory.Exists(path))
                .Select(path => new Diagnostic(DiagnosticSeverity.Error, path, "--gold: no such file or folder.", "Check the path (relative paths are resolved from the current folder).")));
            var (map, mapProblems) = parse.GetValue(typeMap) is { } name
                ? await BratTypeMapFile.ResolveAsync(File.Exists(session.Resolve(name)) ? session.Resolve(name) : name, cancellationToken).ConfigureAwait(false)
                : (null, []);
            problems.AddRange(mapProblems);
            if (problems.Count > 0)
            {
                BadInputLog.Write(session.Logger, problems);
                DiagnosticPrinter.Print(messages, problems);
                return ExitCodes.BadInput;
            }

            var trialPaths = (parse.GetValue(trials) ?? []).Select(session.Resolve).ToList();
            var report = await AnnotatorAgreement.CompareAsync([paths[0]], [paths[1]], trialPaths, map, new ScoringOptions(McodeVocabularyLoader.Default), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                session.Out.Profile.Out.Writer.WriteLine(report.ToJson());
            }
            else
            {
                PrintTable(session.Out, report);
            }

            DiagnosticPrinter.Print(messages, report.Diagnostics);
            if (report.HasErrors)
            {
                BadInputLog.Write(session.Logger, report.Diagnostics);
                return ExitCodes.BadInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintTable(IAnsiConsole console, AgreementReport report)
    {
        console.MarkupLineInterpolated($"Agreement of [bold]{report.Second}[/] with [bold]{report.First}[/] (taken as reference) over {report.CommonTrials.Count} common trial(s).");
        if (report.OnlyInFirst.Count + report.OnlyInSecond.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Not compared: {report.OnlyInFirst.Count} trial(s) only in the first ({string.Join(", ", report.OnlyInFirst)}), {report.OnlyInSecond.Count} only in the second ({string.Join(", ", report.OnlyInSecond)}).[/]");
        }

        var table = new Table().AddColumns("scheme", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1 (agreement)");
        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            AddRow(table, "entities " + scheme.ToString().ToLowerInvariant(), report.Score.Entities.Get(scheme).Micro);
        }

        foreach (var scheme in Enum.GetValues<MappingScheme>())
        {
            AddRow(table, "mappings " + scheme.ToString().ToLowerInvariant(), report.Score.Mappings.Get(scheme).Micro);
        }

        console.Write(table);
    }

    private static void AddRow(Table table, string name, OutcomeCounts counts) =>
        table.AddRow(
            Markup.Escape(name),
            Number(counts.Cor),
            Number(counts.Inc),
            Number(counts.Par),
            Number(counts.Mis),
            Number(counts.Spu),
            Figure(counts.Precision),
            Figure(counts.Recall),
            Figure(counts.F1));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Undefined is "—", never 0 (SCORING.md).
    private static string Figure(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";
}
