using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>The gold to score against, each trial with its text, and every problem met while loading it.</summary>
public sealed record GoldSet(IReadOnlyList<GoldTrial> Entries, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
{
    /// <summary>The trials whose text the gold refers to (brat predictions are mapped onto them).</summary>
    public IReadOnlyList<Trial> Trials => Entries.Select(entry => entry.Trial).OfType<Trial>().ToList();

    /// <summary>The type map brat gold was read with; null when no gold was brat.</summary>
    public TypeMapChoice? TypeMap { get; init; }
}
