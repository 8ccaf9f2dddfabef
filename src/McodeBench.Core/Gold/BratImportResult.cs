using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>Documents imported from brat files, with per-type counts (summed over documents) and every problem met.</summary>
public sealed record BratImportResult(
    IReadOnlyList<BratDocument> Documents,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> MappedByType,
    IReadOnlyDictionary<string, int> DroppedByBratType,
    IReadOnlyList<BratDiscontinuousSpan> Discontinuous)
    : ResultWithDiagnostics(Diagnostics)
{
    public IReadOnlyList<Trial> Trials => Documents.Select(d => d.Trial).ToList();

    public IReadOnlyList<GoldStandard> Standards => Documents.Select(d => d.Gold).ToList();

    public int DroppedCount => DroppedByBratType.Values.Sum();
}
