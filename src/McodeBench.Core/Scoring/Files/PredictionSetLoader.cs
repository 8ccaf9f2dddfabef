using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Loads predictions from native predictions files (<see cref="PredictionFileReader"/>), folders of them, and brat
/// documents (<see cref="BratPredictionReader"/>), told apart by the path as <see cref="GoldSetLoader"/> does.
/// Duplicate and unknown trials are <see cref="FileScorer"/>'s to judge.
/// </summary>
public static class PredictionSetLoader
{
    /// <param name="trials">The trials brat predictions are mapped onto (see <see cref="GoldSet.Trials"/>).</param>
    /// <param name="bratTypes">
    /// How brat types become entity types; when null it is detected from the brat predictions' types: <see cref="BratTypeMap.Lct"/>
    /// for LCT's scheme, else as written (<see cref="BratTypeMap.Identity"/>; the scorer resolves type aliases).
    /// </param>
    public static Task<PredictionLoadResult> LoadAsync(
        IEnumerable<string> paths, IReadOnlyList<Trial> trials, BratTypeMap? bratTypes = null, CancellationToken cancellationToken = default) =>
        LoadAsync(paths, trials, bratTypes, BratReadOptions.Predictions, cancellationToken);

    /// <summary>As above, reading brat predictions with <paramref name="readOptions"/>.</summary>
    public static async Task<PredictionLoadResult> LoadAsync(
        IEnumerable<string> paths, IReadOnlyList<Trial> trials, BratTypeMap? bratTypes, BratReadOptions readOptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(readOptions);
        paths = paths.ToList();
        var bratPaths = paths.Where(path => InputPaths.KindOf(path) is InputPathKind.BratFolder or InputPathKind.BratDocument).ToList();
        var map = bratTypes ?? BratTypeMap.Detect(BratTypeScanner.TypesIn(bratPaths), BratTypeMap.Identity);
        var results = new List<PredictionLoadResult>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (InputPaths.KindOf(path))
            {
                case InputPathKind.BratFolder or InputPathKind.BratDocument:
                    results.Add(await BratPredictionReader.ReadAsync(path, trials, map, readOptions, cancellationToken).ConfigureAwait(false));
                    break;
                case InputPathKind.JsonFolder:
                    var files = InputPaths.JsonFilesIn(path);
                    if (files.Count == 0)
                    {
                        results.Add(new PredictionLoadResult(null, [], [new Diagnostic(
                            DiagnosticSeverity.Warning, path, "the folder holds no predictions files (.json) and no brat documents (.ann).", "Give the folder that holds the predictions.")]));
                    }

                    foreach (var file in files)
                    {
                        results.Add(await PredictionFileReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false));
                    }

                    break;
                case InputPathKind.JsonFile:
                    results.Add(await PredictionFileReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false));
                    break;
                default:
                    results.Add(new PredictionLoadResult(null, [], [new Diagnostic(
                        DiagnosticSeverity.Error, path, "predictions file or folder not found.", "Check the path: a predictions file, a folder of them, or a brat folder or .ann file.")]));
                    break;
            }
        }

        return Combine(results) with { TypeMap = bratPaths.Count == 0 ? null : new TypeMapChoice(map.Name, bratTypes is null) };
    }

    /// <summary>One result from several; when files name different models, the label lists them all and a warning says the scores mix them.</summary>
    public static PredictionLoadResult Combine(IReadOnlyList<PredictionLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        var models = results.Select(r => r.Model).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (models.Count > 1)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                string.Empty,
                $"the predictions name {models.Count} models ({string.Join(", ", models)}); their tasks are scored and aggregated together.",
                "Score one model's predictions at a time to compare models."));
        }

        return new PredictionLoadResult(models.Count == 0 ? null : string.Join(", ", models), results.SelectMany(r => r.Tasks).ToList(), diagnostics);
    }
}
