using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Scoring.Files;

/// <summary>The tasks read from one or more predictions sources and every problem met on the way.</summary>
/// <param name="Model">The label the file gives the model that made the predictions (free text), when it gives one.</param>
public sealed record PredictionLoadResult(string? Model, IReadOnlyList<PredictedTask> Tasks, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    public static PredictionLoadResult Empty { get; } = new(null, [], []);
}
