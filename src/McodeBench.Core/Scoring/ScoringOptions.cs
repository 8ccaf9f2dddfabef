using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>What scoring needs besides the trial, the gold standard and the prediction.</summary>
/// <param name="Vocabulary">The mCODE vocabulary: element names and aliases, families, bindings, enumerated value sets.</param>
public sealed record ScoringOptions(McodeVocabulary Vocabulary)
{
    /// <summary>Entity type normalisation: the project's shipped type-alias table unless a test passes another.</summary>
    public IEntityTypeNormalizer EntityTypes { get; init; } = EntityTypeAliases.Table;
}
