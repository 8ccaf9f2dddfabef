using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;

namespace McodeBench.Core.Scoring.Files;

/// <summary>The tasks read from one or more predictions sources and every problem met on the way.</summary>
/// <param name="Model">The label the file gives the model that made the predictions (free text), when it gives one.</param>
public sealed record PredictionLoadResult(string? Model, IReadOnlyList<PredictedTask> Tasks, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    public static PredictionLoadResult Empty { get; } = new(null, [], []);

    /// <summary>The type map brat predictions were read with; null when none was brat.</summary>
    public TypeMapChoice? TypeMap { get; init; }
}
