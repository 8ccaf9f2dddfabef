using System.Text.RegularExpressions;

namespace McodeBench.Core.Gold;

/// <summary>
/// One row of a <see cref="BratTypeMap"/>: annotations of <see cref="BratType"/> (whose text matches
/// <see cref="TextPattern"/>, when one is given; case-insensitive) become entities of <see cref="EntityType"/>.
/// </summary>
public sealed record BratTypeRule(string BratType, string EntityType, string? TextPattern = null)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // The static Regex methods cache compiled patterns, so the record holds only data (equality and `with` stay honest).
    public bool Matches(string bratType, string text) =>
        string.Equals(BratType, bratType, StringComparison.Ordinal)
        && (TextPattern is null || Regex.IsMatch(text, TextPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout));
}
