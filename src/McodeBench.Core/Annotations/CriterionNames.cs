namespace McodeBench.Core.Annotations;

/// <summary>
/// Wire names of <see cref="Criterion"/> values, the same in gold files, brat attributes and model output
/// (docs/gold-format.md, docs/model-output.md).
/// </summary>
public static class CriterionNames
{
    public const string Inclusion = "inclusion";
    public const string Exclusion = "exclusion";
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Inclusion, Exclusion, None];

    public static string ToWireName(this Criterion criterion) => criterion switch
    {
        Criterion.Inclusion => Inclusion,
        Criterion.Exclusion => Exclusion,
        _ => None,
    };

    /// <summary>The criterion a wire name stands for (case and surrounding white space ignored; empty is none), or null.</summary>
    public static Criterion? FromWireName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Inclusion => Criterion.Inclusion,
        Exclusion => Criterion.Exclusion,
        None or "" => Criterion.None,
        _ => null,
    };
}
