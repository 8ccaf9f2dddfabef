using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>What scoring needs besides the trial, the gold standard and the prediction.</summary>
/// <param name="Vocabulary">The mCODE vocabulary: element names and aliases, families, bindings, enumerated value sets.</param>
public sealed record ScoringOptions(McodeVocabulary Vocabulary)
{
    /// <summary>Entity type normalisation: the project's shipped type-alias table unless a test passes another.</summary>
    public IEntityTypeNormalizer EntityTypes { get; init; } = EntityTypeAliases.Table;

    /// <summary>
    /// How mapping values are compared: <see cref="ValueComparison.Clinical"/> (the default) reads performance status,
    /// TNM, stage groups, receptor status and drug names as findings; <see cref="ValueComparison.Text"/> reproduces
    /// scores computed before that rule.
    /// </summary>
    public ValueComparison ValueComparison { get; init; } = ValueComparison.Clinical;
}
