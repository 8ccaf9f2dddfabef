namespace McodeBench.Core.Scoring;

/// <summary>The outcome an aligned entity pair counts as under each scheme (the table in docs/scoring.md).</summary>
public static class EntitySchemeRules
{
    public static OutcomeClass OutcomeOf(EntityScheme scheme, EntityMatchClass match)
    {
        if (match == EntityMatchClass.None)
        {
            throw new ArgumentOutOfRangeException(nameof(match), match, "Items that do not match are never aligned.");
        }

        var exact = match is EntityMatchClass.Exact or EntityMatchClass.ExactSameType;
        var sameType = match is EntityMatchClass.ExactSameType or EntityMatchClass.OverlapSameType;
        return scheme switch
        {
            EntityScheme.Strict => exact && sameType ? OutcomeClass.Cor : OutcomeClass.Inc,
            EntityScheme.Exact => exact ? OutcomeClass.Cor : OutcomeClass.Inc,
            EntityScheme.Partial => exact ? OutcomeClass.Cor : OutcomeClass.Par,
            EntityScheme.Type => sameType ? OutcomeClass.Cor : OutcomeClass.Inc,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown entity scheme."),
        };
    }
}
