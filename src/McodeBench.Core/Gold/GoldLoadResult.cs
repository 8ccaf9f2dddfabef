using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>Gold annotations read from one or more files, and every problem met while reading them.</summary>
public sealed record GoldLoadResult(IReadOnlyList<GoldEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    public IReadOnlyList<GoldStandard> Standards => Entries.Select(e => e.Standard).ToList();

    public GoldEntry? Find(string trialId) => Entries.FirstOrDefault(e => string.Equals(e.TrialId, trialId, StringComparison.Ordinal));
}
