using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Trials;

/// <summary>The trials read from one or more sources and every problem met on the way (see <see cref="Diagnostic"/>).</summary>
public sealed record TrialLoadResult(IReadOnlyList<Trial> Trials, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    /// <summary>The trial with this id, or one carrying this predecessor case id (see <see cref="TrialTags.Case"/>).</summary>
    public Trial? Find(string idOrCaseId) =>
        Trials.FirstOrDefault(t => string.Equals(t.Id, idOrCaseId, StringComparison.Ordinal))
        ?? Trials.FirstOrDefault(t => string.Equals(TrialTags.CaseIdOf(t), idOrCaseId, StringComparison.Ordinal));
}
