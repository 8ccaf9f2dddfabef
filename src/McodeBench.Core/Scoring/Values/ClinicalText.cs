using System.Text;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// The light normalisation the value readers start from. Unlike <see cref="TextNormalizer"/> it keeps dashes (as
/// <c>-</c>, so a range <c>0–1</c> stays a range) and comparators (<c>≤</c> and <c>=&lt;</c> become <c>&lt;=</c>,
/// <c>≥</c> and <c>=&gt;</c> become <c>&gt;=</c>); it lower-cases, collapses white space and trims surrounding
/// white space and full stops.
/// </summary>
internal static class ClinicalText
{
    public static string Prepare(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var mapped = c switch
            {
                '≤' or '⩽' => "<=",
                '≥' or '⩾' => ">=",
                '\u00AD' => string.Empty,
                _ when TextNormalizer.IsDash(c) => "-",
                _ when char.IsWhiteSpace(c) => " ",
                _ => char.ToLowerInvariant(c).ToString(),
            };
            builder.Append(mapped);
        }

        var text = builder.ToString().Replace("=<", "<=", StringComparison.Ordinal).Replace("=>", ">=", StringComparison.Ordinal);
        while (text.Contains("  ", StringComparison.Ordinal))
        {
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        }

        return text.Trim(' ', '.', ';', ':', ',', '"', '\'');
    }
}
