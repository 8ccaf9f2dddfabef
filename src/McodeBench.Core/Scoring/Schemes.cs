namespace McodeBench.Core.Scoring;

/// <summary>Builds a value for every scheme from a function of the scheme.</summary>
public static class Schemes
{
    public static EntitySchemes<T> ForEntities<T>(Func<EntityScheme, T> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return new(valueOf(EntityScheme.Strict), valueOf(EntityScheme.Exact), valueOf(EntityScheme.Partial), valueOf(EntityScheme.Type));
    }

    public static MappingSchemes<T> ForMappings<T>(Func<MappingScheme, T> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return new(valueOf(MappingScheme.Strict), valueOf(MappingScheme.Lenient));
    }
}
