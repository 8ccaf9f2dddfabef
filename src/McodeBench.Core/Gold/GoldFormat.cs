using McodeBench.Core.Annotations;

namespace McodeBench.Core.Gold;

/// <summary>The names and values of the native gold file format (docs/gold-format.md).</summary>
public static class GoldFormat
{
    public const string Name = "mcodebench-gold";
    public const int CurrentVersion = 1;

    /// <summary>The usual file name ending, e.g. <c>NCT01234567.gold.json</c>.</summary>
    public const string FileExtension = ".gold.json";

    public const string Inclusion = "inclusion";
    public const string Exclusion = "exclusion";
    public const string NoCriterion = "none";

    public static string ToWire(Criterion criterion) => criterion switch
    {
        Criterion.Inclusion => Inclusion,
        Criterion.Exclusion => Exclusion,
        _ => NoCriterion,
    };

    public static Criterion? FromWire(string value) => value.Trim().ToLowerInvariant() switch
    {
        Inclusion => Criterion.Inclusion,
        Exclusion => Criterion.Exclusion,
        NoCriterion or "" => Criterion.None,
        _ => null,
    };
}
