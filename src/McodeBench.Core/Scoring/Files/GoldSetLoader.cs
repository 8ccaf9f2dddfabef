using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Loads gold from native gold files (<see cref="GoldStandardReader"/>) and brat documents (<see cref="BratImporter"/>,
/// which bring their own text), and pairs native gold with the trials read from CT.gov files (<see cref="CtGovStudyReader"/>).
/// The format is told by the path: a folder holding <c>.ann</c> files or an <c>.ann</c>/<c>.txt</c> file is brat,
/// anything else JSON. Validation against the trial text is <see cref="FileScorer"/>'s.
/// </summary>
public static class GoldSetLoader
{
    /// <param name="goldPaths">Native gold files, folders of them, brat folders or brat <c>.ann</c> files.</param>
    /// <param name="trialPaths">CT.gov record files (JSON, NDJSON) or folders of them; not needed for brat gold.</param>
    /// <param name="bratTypes">
    /// How brat gold types become entity types; when null the map is detected from the types the brat gold writes
    /// (<see cref="BratTypeMap.Detect"/>: LCT's scheme, else McodeBench's own types).
    /// </param>
    public static Task<GoldSet> LoadAsync(
        IEnumerable<string> goldPaths, IEnumerable<string> trialPaths, BratTypeMap? bratTypes = null, CancellationToken cancellationToken = default) =>
        LoadAsync(goldPaths, trialPaths, bratTypes, BratReadOptions.Gold, cancellationToken);

    /// <summary>As above, reading brat gold with <paramref name="readOptions"/> (how discontinuous spans are taken).</summary>
    public static async Task<GoldSet> LoadAsync(
        IEnumerable<string> goldPaths, IEnumerable<string> trialPaths, BratTypeMap? bratTypes, BratReadOptions readOptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goldPaths);
        ArgumentNullException.ThrowIfNull(trialPaths);
        ArgumentNullException.ThrowIfNull(readOptions);
        goldPaths = goldPaths.ToList();
        var diagnostics = new List<Diagnostic>();
        var bratPaths = goldPaths.Where(path => InputPaths.KindOf(path) is InputPathKind.BratFolder or InputPathKind.BratDocument).ToList();
        var map = bratTypes ?? BratTypeMap.Detect(BratTypeScanner.TypesIn(bratPaths), BratTypeMap.Canonical);
        var choice = bratPaths.Count == 0 ? null : new TypeMapChoice(map.Name, bratTypes is null);
        var trials = await LoadTrialsAsync(trialPaths, diagnostics, cancellationToken).ConfigureAwait(false);

        var entries = new List<GoldTrial>();
        var firstSource = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(GoldTrial entry, string source, string? jsonPath)
        {
            if (firstSource.TryGetValue(entry.TrialId, out var first))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    source,
                    $"gold for trial {entry.TrialId} is also in {first}; this copy is ignored.",
                    "Keep one gold entry per trial.",
                    JsonPath: jsonPath,
                    TrialId: entry.TrialId));
                return;
            }

            firstSource[entry.TrialId] = source;
            var (standard, duplicates) = GoldDuplicates.Remove(entry.Gold, source);
            diagnostics.AddRange(duplicates);
            entries.Add(entry with { Gold = standard });
        }

        foreach (var path in goldPaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (InputPaths.KindOf(path))
            {
                case InputPathKind.BratFolder:
                    AddBrat(await BratImporter.ImportDirectoryAsync(path, map, readOptions, cancellationToken).ConfigureAwait(false), path);
                    break;
                case InputPathKind.BratDocument:
                    AddBrat(await ImportBratDocumentAsync(path, map, readOptions, cancellationToken).ConfigureAwait(false), path);
                    break;
                case InputPathKind.JsonFolder:
                    var files = InputPaths.JsonFilesIn(path);
                    if (files.Count == 0)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, path, "the folder holds no gold files (.json) and no brat documents (.ann).", "Give the folder that holds the gold."));
                    }

                    foreach (var file in files)
                    {
                        await AddNativeAsync(file).ConfigureAwait(false);
                    }

                    break;
                case InputPathKind.JsonFile:
                    await AddNativeAsync(path).ConfigureAwait(false);
                    break;
                default:
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "gold file or folder not found.", "Check the path: a native gold file, a folder of them, or a brat folder or .ann file."));
                    break;
            }
        }

        return new GoldSet(entries.OrderBy(entry => entry.TrialId, StringComparer.Ordinal).ToList(), diagnostics) { TypeMap = choice };

        void AddBrat(BratImportResult imported, string path)
        {
            diagnostics.AddRange(imported.Diagnostics);
            diagnostics.AddRange(DroppedTypeReport.Describe(path, "gold", map, imported.MappedByType, imported.DroppedByBratType));
            foreach (var document in imported.Documents)
            {
                if (trials.Find(document.Trial.Id) is not null)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Info,
                        path,
                        $"trial {document.Trial.Id} is both a brat document and a loaded CT.gov record; its brat gold is scored against the brat text.",
                        TrialId: document.Trial.Id));
                }

                Add(new GoldTrial(document.Gold, document.Trial), Directory.Exists(path) ? Path.Combine(path, document.Trial.Id + ".ann") : path, null);
            }
        }

        async Task AddNativeAsync(string file)
        {
            var loaded = await GoldStandardReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(loaded.Diagnostics);
            foreach (var entry in loaded.Entries)
            {
                Add(new GoldTrial(entry.Standard, trials.Find(entry.TrialId), entry.Origin), file, entry.Origin.TrialPath);
            }
        }
    }

    private static async Task<TrialLoadResult> LoadTrialsAsync(IEnumerable<string> paths, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var trials = new List<Trial>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var kind = InputPaths.KindOf(path);
            IReadOnlyList<string> files = kind switch
            {
                InputPathKind.JsonFile => [path],
                InputPathKind.JsonFolder => InputPaths.JsonFilesIn(path),
                _ => [],
            };
            if (kind is InputPathKind.BratFolder or InputPathKind.BratDocument)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error, path, "trials are read from CT.gov records, not brat documents.", "Pass brat documents as gold or as predictions: their .txt is the trial text."));
            }
            else if (kind == InputPathKind.Missing)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, "trial file or folder not found.", "Check the path; CT.gov files are .json or .ndjson."));
            }

            foreach (var file in files)
            {
                var loaded = await CtGovStudyReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
                diagnostics.AddRange(loaded.Diagnostics);
                foreach (var trial in loaded.Trials)
                {
                    if (!seen.TryAdd(trial.Id, file))
                    {
                        diagnostics.Add(new Diagnostic(
                            DiagnosticSeverity.Warning, file, $"trial {trial.Id} was already read from {seen[trial.Id]}; this copy is ignored.", "Give each trial once.", TrialId: trial.Id));
                        continue;
                    }

                    trials.Add(trial);
                }
            }
        }

        return new TrialLoadResult(trials, []);
    }

    private static async Task<BratImportResult> ImportBratDocumentAsync(string path, BratTypeMap types, BratReadOptions readOptions, CancellationToken cancellationToken)
    {
        var (name, textPath, annotationPath) = InputPaths.BratPair(path);
        if (!File.Exists(textPath) || !File.Exists(annotationPath))
        {
            var missing = File.Exists(textPath) ? annotationPath : textPath;
            return new BratImportResult(
                [],
                [new Diagnostic(DiagnosticSeverity.Error, missing, $"brat document {name} needs both {name}.txt and {name}.ann; it is skipped.", "Put the two files side by side.", TrialId: name)],
                new Dictionary<string, int>(),
                new Dictionary<string, int>(),
                []);
        }

        var (text, textError) = await Utf8Check.ReadTextAsync(textPath, cancellationToken).ConfigureAwait(false);
        var (annotations, annotationError) = await Utf8Check.ReadTextAsync(annotationPath, cancellationToken).ConfigureAwait(false);
        if (text is null || annotations is null)
        {
            // Offsets count characters of the text as written; decoding other bytes would move every span after them.
            return new BratImportResult([], [.. new[] { textError, annotationError }.OfType<Diagnostic>()], new Dictionary<string, int>(), new Dictionary<string, int>(), []);
        }

        return BratImporter.ImportDocument(name, text, annotations, types, annotationPath, readOptions);
    }
}
