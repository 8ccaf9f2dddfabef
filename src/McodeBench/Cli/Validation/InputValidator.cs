using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Gold;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Trials;

namespace McodeBench.Cli.Validation;

/// <summary>
/// Runs each input through the reader made for its kind and collects every problem, as the loaders a run uses would
/// report them. Native gold is checked against the text of the trials validated alongside it; gold whose trial is not
/// among the inputs gets a note saying its spans were not checked.
/// </summary>
internal static class InputValidator
{
    public static async Task<IReadOnlyList<ValidationReport>> ValidateAsync(IReadOnlyList<DetectedInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var reports = new ValidationReport?[inputs.Count];
        var trials = new List<Trial>();
        var gold = new List<(int Index, GoldLoadResult Loaded)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = inputs[i];
            switch (input.Kind)
            {
                case InputKind.Workspace:
                    reports[i] = new(input, (await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(input.Path), cancellationToken).ConfigureAwait(false)).Diagnostics);
                    break;
                case InputKind.PromptLibrary:
                    reports[i] = new(input, PromptLibraryLoader.Load(input.Path).Diagnostics);
                    break;
                case InputKind.ModelLibrary:
                    reports[i] = new(input, ModelLibraryLoader.Load(input.Path).Diagnostics);
                    break;
                case InputKind.Trials:
                    var loadedTrials = await CtGovStudyReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false);
                    trials.AddRange(loadedTrials.Trials);
                    reports[i] = new(input, loadedTrials.Diagnostics);
                    break;
                case InputKind.NativeGold:
                    gold.Add((i, await GoldStandardReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false)));
                    break;
                case InputKind.BratGold:
                    reports[i] = new(input, await ReadBratAsync(input.Path, cancellationToken).ConfigureAwait(false));
                    break;
                case InputKind.Predictions:
                    reports[i] = new(input, (await PredictionFileReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false)).Diagnostics);
                    break;
                case InputKind.Missing:
                    reports[i] = new(input, [new Diagnostic(DiagnosticSeverity.Error, input.Path, "no such file or folder.", "Check the path (relative paths are resolved from the current folder).")]);
                    break;
                default:
                    reports[i] = new(input, [Unknown(input.Path)]);
                    break;
            }
        }

        var known = new TrialLoadResult(trials, []);
        foreach (var (index, loaded) in gold)
        {
            reports[index] = new(inputs[index], CheckAgainstTrials(inputs[index].Path, loaded, known));
        }

        return [.. reports.OfType<ValidationReport>()];
    }

    /// <summary>The configured workspace, loaded as a run loads it.</summary>
    public static async Task<ValidationReport> ValidateWorkspaceAsync(WorkspacePaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(paths, cancellationToken).ConfigureAwait(false);
        return new ValidationReport(new DetectedInput("the configured workspace", InputKind.Workspace), loaded.Diagnostics);
    }

    private static List<Diagnostic> CheckAgainstTrials(string path, GoldLoadResult loaded, TrialLoadResult trials)
    {
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var notChecked = new List<string>();
        foreach (var entry in loaded.Entries)
        {
            if (trials.Find(entry.TrialId) is { } trial)
            {
                diagnostics.AddRange(GoldValidator.Validate(entry.Standard, trial, entry.Origin));
            }
            else
            {
                notChecked.Add(entry.TrialId);
            }
        }

        if (notChecked.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                path,
                $"the spans of {notChecked.Count} trial(s) ({string.Join(", ", notChecked)}) were not checked against the trial text: no CT.gov record of them was among the inputs.",
                "Validate the trial files together with the gold (mcodebench validate TRIALS GOLD) to check every span."));
        }

        return diagnostics;
    }

    private static async Task<IReadOnlyList<Diagnostic>> ReadBratAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return (await BratImporter.ImportDirectoryAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false)).Diagnostics;
        }

        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(path);
        var text = Path.Combine(folder, name + ".txt");
        var annotations = Path.Combine(folder, name + ".ann");
        if (!File.Exists(text) || !File.Exists(annotations))
        {
            var missing = File.Exists(text) ? annotations : text;
            return [new Diagnostic(DiagnosticSeverity.Error, missing, $"brat document {name} needs both {name}.txt and {name}.ann.", "Put the two files side by side.", TrialId: name)];
        }

        var imported = BratImporter.ImportDocument(
            name,
            await File.ReadAllTextAsync(text, cancellationToken).ConfigureAwait(false),
            await File.ReadAllTextAsync(annotations, cancellationToken).ConfigureAwait(false),
            sourceName: annotations);
        return imported.Diagnostics;
    }

    private static Diagnostic Unknown(string path) => new(
        DiagnosticSeverity.Error,
        path,
        "cannot tell what this file is.",
        $"Give a prompt library (\"format\": \"{PromptLibraryLoader.Format}\"), a model library (\"{ModelLibraryLoader.Format}\"), native gold (\"{GoldFormat.Name}\"), "
        + $"predictions (\"{PredictionFileFormat.Name}\"), CT.gov records (studies with a protocolSection), or a brat .ann file or folder.");
}
