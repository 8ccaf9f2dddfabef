using System.Text.RegularExpressions;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// TNM categories read one by one, written together or apart: <c>cT2N0M0</c> = <c>T2 N0 M0</c> = <c>T2, N0, M0</c>.
/// The prefix (c, p, yp, yc, r, a) is kept as <see cref="Prefixes"/> but is not part of <see cref="Canonical"/>: a
/// clinical and a pathological T2 name the same category, and criteria rarely say which one they mean, so
/// <c>cT2</c> = <c>pT2</c> = <c>T2</c>. Subcategories, ranges and suffixes stay (<c>T1c</c> ≠ <c>T1</c>, <c>N0-1</c>,
/// <c>N0(i+)</c>).
/// </summary>
/// <param name="Categories">Each category without its prefix, lower case, T before N before M.</param>
/// <param name="Prefixes">The prefix written before each category ("" when none), in the same order.</param>
internal sealed partial record TnmValue(IReadOnlyList<string> Categories, IReadOnlyList<string> Prefixes)
{
    public string Canonical => "tnm:" + string.Join(" ", Categories);

    /// <summary>Reads a value made only of TNM categories; null otherwise.</summary>
    public static TnmValue? Read(string? value)
    {
        var text = ClinicalText.Prepare(value);
        if (text.Length == 0)
        {
            return null;
        }

        var found = new List<(string Category, string Prefix)>();
        foreach (var token in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Compact().Match(token);
            if (!match.Success)
            {
                return null;
            }

            var letters = match.Groups["letter"].Captures;
            for (var i = 0; i < letters.Count; i++)
            {
                found.Add((letters[i].Value + match.Groups["value"].Captures[i].Value + SuffixOf(match, letters[i].Index, i + 1 < letters.Count ? letters[i + 1].Index : token.Length),
                    match.Groups["prefix"].Captures.FirstOrDefault(c => c.Index + c.Length == letters[i].Index)?.Value ?? string.Empty));
            }
        }

        var ordered = found.OrderBy(f => "tnm".IndexOf(f.Category[0], StringComparison.Ordinal)).ThenBy(f => f.Category, StringComparer.Ordinal).ToList();
        return new TnmValue(ordered.Select(f => f.Category).ToList(), ordered.Select(f => f.Prefix).ToList());
    }

    private static string SuffixOf(Match match, int from, int to) =>
        match.Groups["suffix"].Captures.FirstOrDefault(c => c.Index > from && c.Index < to)?.Value ?? string.Empty;

    // One or more categories in one word: optional prefix, T/N/M, a value (X, is, 0-4 with a subcategory letter or
    // "mi", optionally a range), an optional parenthesised suffix ("(i+)", "(sn)").
    [GeneratedRegex(
        @"^(?:(?<prefix>yp|yc|rp|c|p|r|a|y)?(?<letter>[tnm])(?<value>x|is|[0-4](?:mi|[a-d])?(?:-[0-4](?:mi|[a-d])?)?)(?<suffix>\([a-z+-]+\))?)+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Compact();
}
