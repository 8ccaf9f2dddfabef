using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Datasets;

/// <summary>
/// What <see cref="BratDatasetImporter"/> made of a brat corpus: where the workspace parts were written, the map used,
/// how many annotations became each McodeBench type, how many of each corpus type were dropped, how many duplicates
/// were removed, and every problem met. Written beside the workspace as <c>import-report.json</c>.
/// </summary>
public sealed record DatasetImportReport(
    string Name,
    string Source,
    string TypeMap,
    string TrialsFolder,
    string GoldFolder,
    int Documents,
    IReadOnlyDictionary<string, int> MappedByType,
    IReadOnlyDictionary<string, int> DroppedByCorpusType,
    int DuplicatesRemoved,
    int DiscontinuousSpans,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);
}
