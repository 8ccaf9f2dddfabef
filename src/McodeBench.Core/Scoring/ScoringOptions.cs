using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>What scoring needs besides the trial, the gold standard and the prediction.</summary>
/// <param name="Vocabulary">The mCODE vocabulary: element names and aliases, families, bindings, enumerated value sets.</param>
public sealed record ScoringOptions(McodeVocabulary Vocabulary)
{
    /// <summary>Entity type normalisation (the type-alias table); the SCORING.md examples by default.</summary>
    public IEntityTypeNormalizer EntityTypes { get; init; } = BasicEntityTypeNormalizer.Instance;
}
