using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Reads predictions saved as brat standoff (<c>NAME.txt</c> + <c>NAME.ann</c>; NAME is the trial id), as
/// <see cref="BratExporter"/> writes them or as another tool does. The <c>.txt</c> is the text the predictions were made
/// on: offsets are mapped back to section-relative spans through the trial's sections (see
/// <see cref="BratPredictionLayout"/>); when the text is not the trial's, spans are dropped and the entities anchored by
/// their text. Types are kept as written unless a <see cref="BratTypeMap"/> is given. An annotation that ends after
/// the text keeps its text and loses its span, so it is anchored by its text (or counted unsupported) like a native
/// prediction without a span (<see cref="BratReadOptions.Predictions"/>). Brat has no repeats: every document is repeat 0.
/// </summary>
public static class BratPredictionReader
{
    /// <param name="path">A folder of brat documents, or one document's <c>.ann</c> (or <c>.txt</c>) file.</param>
    /// <param name="trials">The trials the documents may be predictions for, found by document name (trial id or case id).</param>
    /// <param name="types">How brat types become entity types; <see cref="BratTypeMap.Identity"/> (as written) when null.</param>
    public static Task<PredictionLoadResult> ReadAsync(string path, IReadOnlyList<Trial> trials, BratTypeMap? types = null, CancellationToken cancellationToken = default) =>
        ReadAsync(path, trials, types, BratReadOptions.Predictions, cancellationToken);

    /// <summary>As above, with <paramref name="options"/> saying how discontinuous spans are taken.</summary>
    public static async Task<PredictionLoadResult> ReadAsync(string path, IReadOnlyList<Trial> trials, BratTypeMap? types, BratReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(options);
        var loaded = new TrialLoadResult(trials, []);
        var map = types ?? BratTypeMap.Identity;
        var mapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<PredictionLoadResult>();
        if (Directory.Exists(path))
        {
            foreach (var name in InputPaths.BratDocumentsIn(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(await ReadPairAsync(Path.Combine(path, name + ".ann"), loaded, map, options, mapped, dropped, cancellationToken).ConfigureAwait(false));
            }
        }
        else if (File.Exists(path))
        {
            results.Add(await ReadPairAsync(path, loaded, map, options, mapped, dropped, cancellationToken).ConfigureAwait(false));
        }

        else
        {
            return new PredictionLoadResult(null, [], [new Diagnostic(
                DiagnosticSeverity.Error, path, "file or folder not found.", "Give a folder of brat documents, or a document's .ann file with its .txt beside it.")]);
        }

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        diagnostics.AddRange(DroppedTypeReport.Describe(path, "predictions", map, mapped, dropped));
        return new PredictionLoadResult(null, results.SelectMany(r => r.Tasks).ToList(), diagnostics);
    }

    /// <summary>Reads one document's predictions against its trial (null when no trial is known: the text is then one <c>eligibility</c> section).</summary>
    /// <param name="sourceName">The <c>.ann</c> file name used in diagnostics.</param>
    public static PredictionLoadResult ReadDocument(string name, string text, string annotations, Trial? trial, BratTypeMap? types, string sourceName) =>
        ReadDocument(name, text, annotations, trial, types, sourceName, BratReadOptions.Predictions, null, null);

    private static PredictionLoadResult ReadDocument(
        string name, string text, string annotations, Trial? trial, BratTypeMap? types, string sourceName, BratReadOptions options, Dictionary<string, int>? mapped, Dictionary<string, int>? dropped)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new List<Diagnostic>();
        var layout = trial is null ? BratImporter.DocumentLayout(name, text) : BratPredictionLayout.Find(trial, text);
        var anchorByText = layout is null;
        if (layout is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                sourceName,
                $"the text in {name}.txt is not trial {trial!.Id}'s text (neither one of its sections nor its sections under their headers); the spans were dropped and the entities are anchored by their text.",
                "Pair the .ann with the text the predictions were made on, as McodeBench assembled it.",
                TrialId: name));
            layout = BratImporter.DocumentLayout(name, text);
        }

        // BratImporter.ReadPrediction is this call with the identity map; a map is needed to score an annotated corpus (LCT) as predictions.
        var read = BratAnnotationReader.Read(annotations, layout, types ?? BratTypeMap.Identity, sourceName, options);
        diagnostics.AddRange(read.Diagnostics);
        Add(mapped, read.MappedByType);
        Add(dropped, read.DroppedByBratType);
        var entities = anchorByText ? read.Entities.Select(entity => entity with { Span = null }).ToList() : read.Entities;
        var task = PredictedTask.Succeeded(name, 0, new Prediction(entities, []), sourceName, sourceName);
        return new PredictionLoadResult(null, [task], diagnostics);
    }

    private static void Add(Dictionary<string, int>? total, IReadOnlyDictionary<string, int> counts)
    {
        if (total is null)
        {
            return;
        }

        foreach (var (key, count) in counts)
        {
            total[key] = total.GetValueOrDefault(key) + count;
        }
    }

    private static async Task<PredictionLoadResult> ReadPairAsync(
        string path, TrialLoadResult trials, BratTypeMap types, BratReadOptions options, Dictionary<string, int> mapped, Dictionary<string, int> dropped, CancellationToken cancellationToken)
    {
        var (name, textPath, annotationPath) = InputPaths.BratPair(path);
        if (!File.Exists(textPath))
        {
            return new PredictionLoadResult(null, [], [new Diagnostic(
                DiagnosticSeverity.Error,
                annotationPath,
                $"there is no {name}.txt beside this .ann file; its predictions are skipped.",
                "Put the text the predictions were made on beside them: brat offsets mean nothing without it.",
                TrialId: name)]);
        }

        var text = await File.ReadAllTextAsync(textPath, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(annotationPath))
        {
            var empty = ReadDocument(name, text, string.Empty, trials.Find(name), types, annotationPath, options, mapped, dropped);
            return empty with
            {
                Diagnostics =
                [
                    .. empty.Diagnostics,
                    new Diagnostic(DiagnosticSeverity.Warning, textPath, $"there is no {name}.ann; the document is read as predicting nothing.", "Add the .ann file if predictions were made.", TrialId: name),
                ],
            };
        }

        var annotations = await File.ReadAllTextAsync(annotationPath, cancellationToken).ConfigureAwait(false);
        return ReadDocument(name, text, annotations, trials.Find(name), types, annotationPath, options, mapped, dropped);
    }
}
