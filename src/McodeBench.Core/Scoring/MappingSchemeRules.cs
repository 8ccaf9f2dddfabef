namespace McodeBench.Core.Scoring;

/// <summary>The outcome an aligned mapping pair counts as under each mapping scheme.</summary>
public static class MappingSchemeRules
{
    public static OutcomeClass OutcomeOf(MappingScheme scheme, MappingMatchClass match) => (scheme, match) switch
    {
        (_, MappingMatchClass.None) => throw new ArgumentOutOfRangeException(nameof(match), match, "Items that do not match are never aligned."),
        (MappingScheme.Strict, MappingMatchClass.Strict) => OutcomeClass.Cor,
        (MappingScheme.Strict, _) => OutcomeClass.Inc,
        (MappingScheme.Lenient, MappingMatchClass.Strict or MappingMatchClass.Lenient) => OutcomeClass.Cor,
        (MappingScheme.Lenient, _) => OutcomeClass.Inc,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown mapping scheme."),
    };
}
