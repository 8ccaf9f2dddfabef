using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Execution;

/// <summary>
/// Everything a run reads but never changes: the two libraries, the trials, their gold standards and the scoring
/// options. Trials without gold are allowed (their tasks run but are not scored).
/// </summary>
/// <param name="Sections">The sections assembled into the text a model sees, and the only ones predictions are anchored in.</param>
public sealed record BenchmarkWorkspace(
    PromptLibrary Prompts,
    ModelLibrary Models,
    IReadOnlyDictionary<string, Trial> Trials,
    IReadOnlyDictionary<string, GoldStandard> Gold,
    ScoringOptions Scoring,
    IReadOnlyList<string> Sections)
{
    /// <summary>The trial with this id, or an error that names it and says where trials come from.</summary>
    public Trial Trial(string trialId) =>
        Trials.TryGetValue(trialId, out var trial)
            ? trial
            : throw new KeyNotFoundException($"Trial '{trialId}' is not loaded. Add its CT.gov record to the trials folder or select another trial.");
}
