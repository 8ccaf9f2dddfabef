using System.Collections.Frozen;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Stand-in type normalisation: trimmed, invariant lower case, spaces and hyphens → underscores, plus the aliases
/// SCORING.md and docs/model-output.md name. The shipped alias table replaces it in the product.
/// </summary>
public sealed class BasicEntityTypeNormalizer : IEntityTypeNormalizer
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["drug"] = "medication",
        ["treatment"] = "medication",
        ["tumor_marker"] = "biomarker",
        ["mutation"] = "genomic_variant",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static BasicEntityTypeNormalizer Instance { get; } = new();

    public string Normalize(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var key = type.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.GetValueOrDefault(key, key);
    }
}
