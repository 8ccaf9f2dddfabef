using System.Text.RegularExpressions;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// A stage group read as the set of stages it names, in Roman numerals with their letter: <c>Stage IIIA</c> =
/// <c>IIIA</c> = <c>stage 3A</c> = <c>AJCC stage IIIA</c>; <c>stage II or III</c> = <c>stage II-III</c> = <c>II, III</c>;
/// <c>IIIA-IIIC</c> = <c>IIIA, IIIB, IIIC</c>. A named staging system other than AJCC/TNM (Ann Arbor, FIGO, ISS, R-ISS,
/// Rai, Binet, Lugano) is part of the value: <c>FIGO stage III</c> ≠ <c>stage III</c>. Anything else (extensive
/// stage, a stage with a grade) does not read and is compared as text.
/// </summary>
internal static partial class StageGroupValue
{
    private static readonly string[] Numerals = ["0", "i", "ii", "iii", "iv"];

    /// <summary>The canonical form, e.g. <c>stage:iiia</c> or <c>stage:figo:iii,iv</c>; null when the value does not read as stages.</summary>
    public static string? Canonical(string? value)
    {
        var text = ClinicalText.Prepare(value);
        var system = string.Empty;
        var systemMatch = System().Match(text);
        if (systemMatch.Success)
        {
            system = systemMatch.Value.Replace(" ", string.Empty, StringComparison.Ordinal) + ":";
            text = text.Remove(systemMatch.Index, systemMatch.Length);
        }

        text = Spaces().Replace(Filler().Replace(text, " "), " ").Trim();
        var match = Expression().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var stages = new List<string>();
        var tokens = match.Groups["stage"].Captures.Select(c => Roman(c.Value)).ToList();
        var separators = match.Groups["separator"].Captures.Select(c => c.Value.Trim()).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && separators[i - 1] is "-" or "to" or "through")
            {
                var range = Expand(tokens[i - 1], tokens[i]);
                if (range is null)
                {
                    return null;
                }

                stages.AddRange(range);
            }
            else
            {
                stages.Add(tokens[i]);
            }
        }

        return "stage:" + system + string.Join(",", stages.Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(s => s, StringComparer.Ordinal));
    }

    private static int Rank(string stage) => Array.IndexOf(Numerals, Split(stage).Numeral);

    /// <summary>Arabic 0–4 become Roman numerals; the letter stays.</summary>
    private static string Roman(string token)
    {
        var digit = token.Length > 0 && char.IsAsciiDigit(token[0]) ? token[0] - '0' : -1;
        return digit >= 0 ? Numerals[digit] + token[1..] : token;
    }

    /// <summary>II-IV → II, III, IV; IIIA-IIIC → IIIA, IIIB, IIIC; null for a range that mixes both kinds.</summary>
    private static List<string>? Expand(string from, string to)
    {
        var (fromNumeral, fromLetter) = Split(from);
        var (toNumeral, toLetter) = Split(to);
        if (fromLetter.Length == 0 && toLetter.Length == 0)
        {
            var first = Array.IndexOf(Numerals, fromNumeral);
            var last = Array.IndexOf(Numerals, toNumeral);
            return first < 0 || last < first ? null : Numerals[first..(last + 1)].ToList();
        }

        if (fromNumeral == toNumeral && fromLetter.Length == 1 && toLetter.Length == 1 && fromLetter[0] <= toLetter[0])
        {
            return Enumerable.Range(fromLetter[0], toLetter[0] - fromLetter[0] + 1).Select(c => fromNumeral + (char)c).ToList();
        }

        return null;
    }

    private static (string Numeral, string Letter) Split(string stage)
    {
        var numeral = stage.TrimEnd('a', 'b', 'c', 'd');
        return numeral.Length == 0 ? (stage, string.Empty) : (numeral, stage[numeral.Length..]);
    }

    [GeneratedRegex(@"\b(?:ann arbor|figo|r-iss|iss|rai|binet|lugano)\b", RegexOptions.CultureInvariant)]
    private static partial Regex System();

    [GeneratedRegex(@"\b(?:ajcc|tnm|stages?|groups?|clinical|pathologic(?:al)?|prognostic|anatomic)\b|[():]", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^(?<stage>0|iv[a-c]?|i{1,3}[a-d]?|[1-4][a-d]?)(?:(?<separator>\s*(?:,\s*or|,\s*and|,|-|to|through|or|and)\s*)(?<stage>0|iv[a-c]?|i{1,3}[a-d]?|[1-4][a-d]?))*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
