using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>Gold converted from the predecessor's files, with what happened to every entity and the problems met.</summary>
public sealed record PredecessorGoldImportResult(
    IReadOnlyList<GoldStandard> Standards,
    IReadOnlyList<AnchorOutcome> Outcomes,
    IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    public int Count(AnchorKind kind) => Outcomes.Count(o => o.Kind == kind);

    /// <summary>Entities whose offsets had to move (exactly or case-insensitively).</summary>
    public int Reanchored => Count(AnchorKind.Exact) + Count(AnchorKind.CaseInsensitive);

    public int Placed => Outcomes.Count(o => o.Kind != AnchorKind.Unplaced);

    public int Unplaced => Count(AnchorKind.Unplaced);
}
