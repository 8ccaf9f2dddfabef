namespace McodeBench.Core.Scoring;

/// <summary>One value per entity scheme (counts, macro averages, repeat statistics...), serialised by scheme name.</summary>
public sealed record EntitySchemes<T>(T Strict, T Exact, T Partial, T Type)
{
    public T Get(EntityScheme scheme) => scheme switch
    {
        EntityScheme.Strict => Strict,
        EntityScheme.Exact => Exact,
        EntityScheme.Partial => Partial,
        EntityScheme.Type => Type,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown entity scheme."),
    };

    public EntitySchemes<TResult> Select<TResult>(Func<EntityScheme, T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return Schemes.ForEntities(scheme => selector(scheme, Get(scheme)));
    }
}
