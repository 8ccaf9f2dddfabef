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
                    reports[i] = await WorkspaceReportAsync(input, WorkspacePaths.FromSamples(input.Path), cancellationToken).ConfigureAwait(false);
                    break;
                case InputKind.PromptLibrary:
                    var prompts = PromptLibraryLoader.Load(input.Path);
                    reports[i] = new(input, prompts.Diagnostics) { Counts = new InputCounts { Prompts = prompts.Library?.Count ?? 0 } };
                    break;
                case InputKind.ModelLibrary:
                    var models = ModelLibraryLoader.Load(input.Path);
                    reports[i] = new(input, models.Diagnostics) { Counts = new InputCounts { Models = models.Library?.Models.Count ?? 0 } };
                    break;
                case InputKind.Trials:
                    var loadedTrials = await CtGovStudyReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false);
                    trials.AddRange(loadedTrials.Trials);
                    reports[i] = new(input, loadedTrials.Diagnostics) { Counts = InputCounts.OfTrials(loadedTrials.Trials) };
                    break;
                case InputKind.NativeGold:
                    gold.Add((i, await GoldStandardReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false)));
                    break;
                case InputKind.BratGold:
                    reports[i] = await ReadBratAsync(input, cancellationToken).ConfigureAwait(false);
                    break;
                case InputKind.Predictions:
                    var predicted = await PredictionFileReader.ReadFileAsync(input.Path, cancellationToken).ConfigureAwait(false);
                    reports[i] = new(input, predicted.Diagnostics) { Counts = new InputCounts { Predictions = predicted.Tasks.Count } };
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
            reports[index] = new(inputs[index], CheckAgainstTrials(inputs[index].Path, loaded, known)) { Counts = InputCounts.OfGold(loaded.Standards) };
        }

        return [.. reports.OfType<ValidationReport>()];
    }

    /// <summary>The configured workspace, loaded as a run loads it.</summary>
    public static async Task<ValidationReport> ValidateWorkspaceAsync(WorkspacePaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return await WorkspaceReportAsync(new DetectedInput("the configured workspace", InputKind.Workspace), paths, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A workspace loaded as a run loads it; its counts come from reading each part on its own, so they are shown
    /// even when an error elsewhere keeps the workspace from loading.
    /// </summary>
    private static async Task<ValidationReport> WorkspaceReportAsync(DetectedInput input, WorkspacePaths paths, CancellationToken cancellationToken)
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(paths, cancellationToken).ConfigureAwait(false);
        var trials = new List<Trial>();
        foreach (var file in WorkspaceFiles(paths.Trials))
        {
            trials.AddRange((await CtGovStudyReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false)).Trials);
        }

        var gold = await GoldStandardReader.ReadFilesAsync(WorkspaceFiles(paths.Gold), cancellationToken).ConfigureAwait(false);
        var counts = new InputCounts
        {
            Prompts = File.Exists(paths.PromptLibrary) ? PromptLibraryLoader.Load(paths.PromptLibrary).Library?.Count ?? 0 : 0,
            Models = File.Exists(paths.ModelLibrary) ? ModelLibraryLoader.Load(paths.ModelLibrary).Library?.Models.Count ?? 0 : 0,
        };
        counts = counts.With(InputCounts.OfTrials(trials.DistinctBy(trial => trial.Id).ToList())).With(InputCounts.OfGold(gold.Standards));
        return new ValidationReport(input, loaded.Diagnostics) { Counts = counts };
    }

    /// <summary>The files a workspace path names, as the workspace loader expands them (JSON and NDJSON directly in a folder).</summary>
    private static IEnumerable<string> WorkspaceFiles(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : []);

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

    /// <summary>brat gold read as <c>score</c> reads it: the type map detected from its types, dropped types reported, duplicates removed.</summary>
    private static async Task<ValidationReport> ReadBratAsync(DetectedInput input, CancellationToken cancellationToken)
    {
        var gold = await GoldSetLoader.LoadAsync([input.Path], [], cancellationToken: cancellationToken).ConfigureAwait(false);
        var counts = InputCounts.OfTrials(gold.Trials).With(InputCounts.OfGold(gold.Entries.Select(entry => entry.Gold).ToList()));
        var diagnostics = gold.TypeMap is { } map
            ? [.. gold.Diagnostics, new Diagnostic(DiagnosticSeverity.Info, input.Path, $"brat types read with type map {map}.")]
            : gold.Diagnostics;
        return new ValidationReport(input, diagnostics) { Counts = counts };
    }

    private static Diagnostic Unknown(string path) => new(
        DiagnosticSeverity.Error,
        path,
        "cannot tell what this file is.",
        $"Give a prompt library (\"format\": \"{PromptLibraryLoader.Format}\"), a model library (\"{ModelLibraryLoader.Format}\"), native gold (\"{GoldFormat.Name}\"), "
        + $"predictions (\"{PredictionFileFormat.Name}\"), CT.gov records (studies with a protocolSection), or a brat .ann file or folder.");
}
