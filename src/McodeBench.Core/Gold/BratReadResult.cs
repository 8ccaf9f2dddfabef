using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// The entities read from one brat <c>.ann</c> file, the problems met, how many annotations became each McodeBench
/// type, how many of each brat type were dropped (no rule in the <see cref="BratTypeMap"/>), and the discontinuous
/// annotations whose full extent was taken.
/// </summary>
public sealed record BratReadResult(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> MappedByType,
    IReadOnlyDictionary<string, int> DroppedByBratType,
    IReadOnlyList<BratDiscontinuousSpan> Discontinuous)
    : ResultWithDiagnostics(Diagnostics)
{
    /// <summary>The entities as a model prediction (brat files McodeBench wrote for a model's output).</summary>
    public Prediction ToPrediction() => new(Entities, []);
}
