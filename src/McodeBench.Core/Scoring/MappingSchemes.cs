namespace McodeBench.Core.Scoring;

/// <summary>One value per mapping scheme, serialised by scheme name.</summary>
public sealed record MappingSchemes<T>(T Strict, T Lenient)
{
    public T Get(MappingScheme scheme) => scheme switch
    {
        MappingScheme.Strict => Strict,
        MappingScheme.Lenient => Lenient,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown mapping scheme."),
    };

    public MappingSchemes<TResult> Select<TResult>(Func<MappingScheme, T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return Schemes.ForMappings(scheme => selector(scheme, Get(scheme)));
    }
}
