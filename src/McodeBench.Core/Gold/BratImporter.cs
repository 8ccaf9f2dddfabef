using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// Imports brat standoff documents (<c>NAME.txt</c> + <c>NAME.ann</c>) as trials and gold. A brat text is the whole
/// document, so it becomes one section named <c>eligibility</c> (LCT documents are eligibility criteria) and spans are
/// relative to it; each entity's criterion comes from <see cref="EligibilityCriteriaSplitter"/> unless the file sets one.
/// </summary>
public static class BratImporter
{
    /// <summary>Imports every <c>.ann</c>/<c>.txt</c> pair in a folder (not its subfolders), in file-name order.</summary>
    public static Task<BratImportResult> ImportDirectoryAsync(string directory, BratTypeMap? map = null, CancellationToken cancellationToken = default) =>
        ImportDirectoryAsync(directory, map, BratReadOptions.Gold, cancellationToken);

    /// <summary>Imports every <c>.ann</c>/<c>.txt</c> pair in a folder (not its subfolders), in file-name order, read with <paramref name="options"/>.</summary>
    public static async Task<BratImportResult> ImportDirectoryAsync(string directory, BratTypeMap? map, BratReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return Empty([new Diagnostic(DiagnosticSeverity.Error, directory, "folder not found.", "Give the folder that holds the .txt and .ann files.")]);
        }

        var names = Directory.EnumerateFiles(directory, "*.ann")
            .Concat(Directory.EnumerateFiles(directory, "*.txt"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new List<BratImportResult>();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var textPath = Path.Combine(directory, name + ".txt");
            var annotationPath = Path.Combine(directory, name + ".ann");
            if (!File.Exists(textPath))
            {
                results.Add(Empty([new Diagnostic(DiagnosticSeverity.Error, annotationPath, $"there is no {name}.txt beside this .ann file; it is skipped.", "Put the document text beside its annotations.")]));
                continue;
            }

            var (text, textError) = await Utf8Check.ReadTextAsync(textPath, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                results.Add(Empty([textError!]));
                continue;
            }

            if (!File.Exists(annotationPath))
            {
                var document = ImportDocument(name, text, string.Empty, map, annotationPath, options);
                results.Add(document with
                {
                    Diagnostics = [new Diagnostic(DiagnosticSeverity.Warning, textPath, $"there is no {name}.ann; the document loads with no annotations.", "Add the .ann file if it was annotated.", TrialId: name)],
                });
                continue;
            }

            var (annotations, annotationError) = await Utf8Check.ReadTextAsync(annotationPath, cancellationToken).ConfigureAwait(false);
            if (annotations is null)
            {
                results.Add(Empty([annotationError!]));
                continue;
            }

            results.Add(ImportDocument(name, text, annotations, map, annotationPath, options));
        }

        return Combine(results);
    }

    /// <param name="documentId">The trial id to use (brat file names are usually NCT ids).</param>
    /// <param name="map">Defaults to <see cref="BratTypeMap.Lct"/>.</param>
    /// <param name="options">How discontinuous spans are read; <see cref="BratReadOptions.Gold"/> when null.</param>
    public static BratImportResult ImportDocument(string documentId, string text, string annotations, BratTypeMap? map = null, string? sourceName = null, BratReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        var trial = new Trial(documentId, documentId, [new TrialSection(SectionNames.Eligibility, text)], [], [], [TrialTags.Source("brat")]);
        var read = BratAnnotationReader.Read(annotations, DocumentLayout(documentId, text), map ?? BratTypeMap.Lct, sourceName ?? documentId + ".ann", options);
        var layout = EligibilityCriteriaSplitter.Split(text);
        var entities = read.Entities
            .Select(e => e.Criterion == Criterion.None && e.Span is { } span ? e with { Criterion = layout.CriterionOf(span) } : e)
            .ToList();
        var document = new BratDocument(trial, new GoldStandard(documentId, entities, []));
        return new BratImportResult([document], read.Diagnostics, read.MappedByType, read.DroppedByBratType, read.Discontinuous);
    }

    /// <summary>A brat document's text as a <see cref="TrialText"/>: one <c>eligibility</c> section starting at offset 0.</summary>
    public static TrialText DocumentLayout(string documentId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TrialText(documentId, text, [new SectionOffset(SectionNames.Eligibility, 0, text.Length)]);
    }

    /// <summary>Reads a model's predictions that were saved as brat (types kept as written) against the text they were made on.</summary>
    public static BratReadResult ReadPrediction(string annotations, TrialText document, string sourceName) =>
        BratAnnotationReader.Read(annotations, document, BratTypeMap.Identity, sourceName);

    private static BratImportResult Empty(IReadOnlyList<Diagnostic> diagnostics) =>
        new([], diagnostics, new Dictionary<string, int>(), new Dictionary<string, int>(), []);

    private static BratImportResult Combine(List<BratImportResult> results) =>
        new(
            results.SelectMany(r => r.Documents).ToList(),
            results.SelectMany(r => r.Diagnostics).ToList(),
            Sum(results.Select(r => r.MappedByType)),
            Sum(results.Select(r => r.DroppedByBratType)),
            results.SelectMany(r => r.Discontinuous).ToList());

    private static SortedDictionary<string, int> Sum(IEnumerable<IReadOnlyDictionary<string, int>> counts)
    {
        var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in counts.SelectMany(c => c))
        {
            total[key] = total.GetValueOrDefault(key) + count;
        }

        return total;
    }
}
