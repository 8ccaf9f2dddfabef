using System.Text.RegularExpressions;

namespace McodeBench.Core.Gold;

/// <summary>
/// One row of a <see cref="BratTypeMap"/>: annotations of <see cref="BratType"/> (whose text matches
/// <see cref="TextPattern"/>, when one is given; case-insensitive) become entities of <see cref="EntityType"/>.
/// </summary>
public sealed record BratTypeRule(string BratType, string EntityType, string? TextPattern = null)
{
    private readonly Regex? pattern = TextPattern is null
        ? null
        : new Regex(TextPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public bool Matches(string bratType, string text) =>
        string.Equals(BratType, bratType, StringComparison.Ordinal) && (pattern is null || pattern.IsMatch(text));
}
