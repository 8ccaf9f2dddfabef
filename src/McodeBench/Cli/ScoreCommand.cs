using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench score</c>: scores predictions read from files against gold read from files with Core's
/// <see cref="FileScorer"/> (no model is called) and prints the full JSON report to standard output, or writes it to
/// <c>--output</c>. Problems go to standard error, so the JSON can be piped. See docs/predictions-format.md.
/// </summary>
internal static class ScoreCommand
{
    private const string Native = "native";
    private const string Brat = "brat";
    private const string Extent = "extent";
    private const string Fragments = "fragments";

    public static Command Create(SessionRunner runner)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Native gold files, folders of them, brat folders or .ann files. Default: the configured gold (Gold) with the configured trials (Trials).",
            AllowMultipleArgumentsPerToken = true,
        };
        var predictions = new Option<string[]>("--predictions")
        {
            Description = "Predictions files (mcodebench-predictions), folders of them, brat folders or .ann files.",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var trials = new Option<string[]>("--trials")
        {
            Description = "CT.gov record files or folders the native gold's spans refer to (brat gold brings its own text).",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string?>("--format") { Description = "Format of the predictions: native or brat. Default: told from each path (.ann files and folders holding them are brat)." };
        format.AcceptOnlyFromAmong(Native, Brat);
        var output = new Option<string?>("--output") { Description = "Write the JSON report to this file instead of standard output." };
        var types = new Option<string?>("--types") { Description = "Score only these canonical entity types, on both sides, comma-separated (e.g. condition,medication)." };
        var typeMap = new Option<string?>("--type-map")
        {
            Description = "How brat types become McodeBench types, for brat gold and brat predictions alike: lct, canonical, or a JSON file {\"CorpusType\": \"condition\", \"Other\": null}. Default: detected from the types the files use.",
        };
        var discontinuous = new Option<string>("--discontinuous")
        {
            Description = "What a discontinuous brat annotation becomes: extent (one entity over its full extent) or fragments (one entity per fragment).",
            DefaultValueFactory = _ => Extent,
        };
        discontinuous.AcceptOnlyFromAmong(Extent, Fragments);
        var valueComparison = new Option<string?>("--value-comparison")
        {
            Description = "How mapping values are compared: clinical (findings: ECOG 0-1 = <= 1, cT2N0M0 = T2 N0 M0, ...) or text (the old string comparison, to reproduce earlier scores). Default: the ValueComparison setting (clinical).",
        };
        valueComparison.AcceptOnlyFromAmong(ValueComparisonNames.Clinical, ValueComparisonNames.Text);

        var command = new Command("score", "Score prediction files against gold files and print the JSON report (no model calls).")
        {
            gold, predictions, trials, format, output, types, typeMap, discontinuous, valueComparison,
        };
        runner.SetAction(command, (session, cancellationToken) => ExecuteAsync(session, new Inputs(gold, predictions, trials, format, output, types, typeMap, discontinuous, valueComparison), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, Inputs inputs, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var givenGold = parse.GetValue(inputs.Gold) is { Length: > 0 } g ? g.Select(session.Resolve).ToList() : null;
        var goldPaths = givenGold ?? [.. session.Options.Gold];
        var trialPaths = parse.GetValue(inputs.Trials) is { Length: > 0 } t
            ? t.Select(session.Resolve).ToList()
            : givenGold is null ? [.. session.Options.Trials] : [];
        var predictionPaths = parse.GetValue(inputs.Predictions)!.Select(session.Resolve).ToList();
        var outputFile = parse.GetValue(inputs.Output) is { } o ? session.Resolve(o) : null;

        // Problems go where the JSON does not: standard error when the report is written to standard output.
        var messages = outputFile is null ? session.Error : session.Out;
        var problems = MissingPaths("--gold", goldPaths)
            .Concat(MissingPaths("--predictions", predictionPaths))
            .Concat(MissingPaths("--trials", trialPaths))
            .Concat(FormatMismatches(parse.GetValue(inputs.Format), predictionPaths))
            .ToList();
        if (problems.Count > 0)
        {
            BadInputLog.Write(session.Logger, problems);
            DiagnosticPrinter.Print(messages, problems);
            return ExitCodes.BadInput;
        }

        var (map, mapProblems) = parse.GetValue(inputs.TypeMap) is { } mapName
            ? await BratTypeMapFile.ResolveAsync(session.Resolve(mapName) is var resolved && File.Exists(resolved) ? resolved : mapName, cancellationToken).ConfigureAwait(false)
            : (null, []);
        var (types, typeProblems) = TypeList(parse.GetValue(inputs.Types));
        if (mapProblems.Count > 0 || typeProblems.Count > 0)
        {
            BadInputLog.Write(session.Logger, [.. mapProblems, .. typeProblems]);
            DiagnosticPrinter.Print(messages, [.. mapProblems, .. typeProblems]);
            return ExitCodes.BadInput;
        }

        var request = new FileScoringRequest(goldPaths, predictionPaths, trialPaths)
        {
            GoldBratTypes = map,
            PredictionBratTypes = map,
            Types = types,
            Discontinuous = parse.GetValue(inputs.Discontinuous) == Fragments ? DiscontinuousSpanRule.Fragments : DiscontinuousSpanRule.FullExtent,
        };
        var report = await FileScorer.ScoreAsync(request, ScoringFor(session, parse.GetValue(inputs.ValueComparison)), cancellationToken).ConfigureAwait(false);
        if (report.UnreadablePredictions.Count > 0)
        {
            // One root cause, one error: no report of zeros, no "missing trial" per gold trial.
            DiagnosticPrinter.Print(messages, report.Diagnostics);
            BadInputLog.Write(session.Logger, report.Diagnostics);
            messages.MarkupLineInterpolated($"[red]Nothing was scored: {string.Join(", ", report.UnreadablePredictions)} could not be read as predictions. Fix the file(s) and score again.[/]");
            return ExitCodes.BadInput;
        }

        if (report.Tasks.Count == 0)
        {
            DiagnosticPrinter.Print(messages, report.Diagnostics);
            session.Logger.BadInput("no gold trial was loaded from " + string.Join("; ", goldPaths));
            messages.MarkupLine("[red]Nothing was scored: no gold trial was loaded. Check --gold (native gold files, or brat folders holding .ann and .txt files).[/]");
            return ExitCodes.BadInput;
        }

        var json = report.ToJson();
        if (outputFile is null)
        {
            session.Out.Profile.Out.Writer.WriteLine(json);
        }
        else
        {
            await WriteAtomicallyAsync(outputFile, json, cancellationToken).ConfigureAwait(false);
            session.Out.MarkupLineInterpolated($"[blue]Wrote the score report ({report.Tasks.Count} tasks) to {outputFile}[/]");
        }

        DiagnosticPrinter.Print(messages, report.Diagnostics);
        if (report.GoldTypeMap is { } goldMap)
        {
            messages.MarkupLineInterpolated($"[grey]brat gold read with type map {goldMap}.[/]");
        }

        if (report.PredictionTypeMap is { } predictionMap)
        {
            messages.MarkupLineInterpolated($"[grey]brat predictions read with type map {predictionMap}.[/]");
        }

        var errors = report.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            BadInputLog.Write(session.Logger, report.Diagnostics);
            messages.MarkupLineInterpolated(
                $"[red]{errors.ToString(CultureInfo.InvariantCulture)} error(s) in the input: the entries they name were left out, so the report above does not score them as given. Fix the files and score again.[/]");
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    /// <summary>Scoring options with the value comparison <c>--value-comparison</c> gives, else the configured one.</summary>
    private static ScoringOptions ScoringFor(CommandSession session, string? valueComparison) =>
        new(McodeVocabularyLoader.Default)
        {
            ValueComparison = valueComparison is null ? session.Options.ValueComparison : ValueComparisonNames.Parse(valueComparison)!.Value,
        };

    /// <summary>The canonical types <c>--types</c> names (aliases resolved), or an error per type that is not one.</summary>
    private static (IReadOnlyList<string>? Types, IReadOnlyList<Diagnostic> Problems) TypeList(string? value)
    {
        if (value is null)
        {
            return (null, []);
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var problems = names
            .Where(name => !EntityTypeAliases.IsKnown(name))
            .Select(name => new Diagnostic(
                DiagnosticSeverity.Error,
                "--types",
                $"\"{name}\" is not a McodeBench entity type.{ClosestNames.DidYouMean(name, EntityTypeAliases.CanonicalTypes, "\"")}",
                $"Give canonical types separated by commas: {string.Join(", ", EntityTypeAliases.CanonicalTypes)}."))
            .ToList();
        if (names.Length == 0)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, "--types", "no type given.", "Give canonical types separated by commas, e.g. --types condition,medication."));
        }

        return (problems.Count > 0 ? null : names.Select(EntityTypeAliases.Resolve).Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    private static IEnumerable<Diagnostic> MissingPaths(string option, IEnumerable<string> paths) =>
        paths.Where(path => !File.Exists(path) && !Directory.Exists(path))
            .Select(path => new Diagnostic(DiagnosticSeverity.Error, path, $"{option}: no such file or folder.", "Check the path (relative paths are resolved from the current folder)."));

    private static IEnumerable<Diagnostic> FormatMismatches(string? format, IEnumerable<string> paths)
    {
        if (format is null)
        {
            yield break;
        }

        foreach (var path in paths.Where(p => File.Exists(p) || Directory.Exists(p)))
        {
            var brat = IsBrat(path);
            if (format == Brat && !brat)
            {
                yield return new Diagnostic(DiagnosticSeverity.Error, path, "--format brat, but this is not a brat document: neither an .ann file nor a folder holding .ann files.", "Give brat folders or .ann files, or leave --format out to read native predictions files.");
            }
            else if (format == Native && brat)
            {
                yield return new Diagnostic(DiagnosticSeverity.Error, path, "--format native, but this is brat (an .ann/.txt file or a folder holding .ann files).", "Give mcodebench-predictions JSON files, or use --format brat.");
            }
        }
    }

    private static bool IsBrat(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.ann").Any()
            : Path.GetExtension(path).ToLowerInvariant() is ".ann" or ".txt";

    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text + "\n", cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Inputs(
        Option<string[]> Gold,
        Option<string[]> Predictions,
        Option<string[]> Trials,
        Option<string?> Format,
        Option<string?> Output,
        Option<string?> Types,
        Option<string?> TypeMap,
        Option<string> Discontinuous,
        Option<string?> ValueComparison);
}
