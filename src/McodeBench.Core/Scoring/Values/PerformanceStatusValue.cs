using System.Globalization;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// A performance status value read as the set of scores it allows, so every way of writing the same criterion
/// compares equal: ECOG <c>0-1</c> = <c>0 or 1</c> = <c>=&lt; 1</c> = <c>&lt;= 1</c> = <c>&lt; 2</c> = <c>ECOG 0–1</c>
/// = <c>1 or better</c>; Karnofsky <c>&gt;= 70</c> = <c>70-100</c> = <c>70% or greater</c>. Scale names and filler
/// words ("performance status of", "on the ECOG scale", "(Zubrod)") are ignored; a value that names another scale, or
/// that does not read as scores, is not a performance status value (the scorer then compares text).
/// </summary>
internal static partial class PerformanceStatusValue
{
    /// <summary>The canonical form, e.g. <c>ecog:0,1</c> or <c>karnofsky:70,80,90,100</c>; null when the value does not read as scores.</summary>
    public static string? Canonical(string? value, PerformanceScale scale)
    {
        var scores = Scores(value, scale);
        return scores is null
            ? null
            : scale.ToString().ToLowerInvariant() + ":" + string.Join(",", scores.Select(s => s.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The scores the value allows, ascending; null when it does not read as scores of this scale.</summary>
    public static IReadOnlyList<int>? Scores(string? value, PerformanceScale scale)
    {
        var text = ClinicalText.Prepare(value);
        if (text.Length == 0 || (scale == PerformanceScale.Ecog ? KarnofskyNames() : EcogNames()).IsMatch(text))
        {
            return null;
        }

        text = Filler().Replace(text, " ");
        if (scale != PerformanceScale.Ecog)
        {
            text = text.Replace("%", " ", StringComparison.Ordinal);
        }

        text = LeadingConjunction().Replace(Spaces().Replace(text, " ").Trim(), string.Empty);
        var match = Expression().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (lowest, highest, step) = scale == PerformanceScale.Ecog ? (0, 5, 1) : (0, 100, 10);
        var numbers = Number().Matches(match.Groups["numbers"].Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var separators = Separator().Matches(match.Groups["numbers"].Value).Select(m => m.Value.Trim()).ToList();
        var op = match.Groups["op"].Value;
        var suffix = match.Groups["suffix"].Value;
        var lowerIsBetter = scale == PerformanceScale.Ecog;
        (int From, int To)? bounds = null;
        if (numbers.Count == 1 && (op.Length > 0 || suffix.Length > 0))
        {
            if (op.Length > 0 && suffix.Length > 0)
            {
                return null;
            }

            var n = numbers[0];
            bounds = (op, suffix) switch
            {
                ("<=" or "at most" or "no more than" or "not more than" or "up to" or "less than or equal to" or "maximum" or "max", _) => (lowest, n),
                ("<" or "less than" or "below" or "under", _) => (lowest, n - 1),
                (">=" or "at least" or "no less than" or "not less than" or "greater than or equal to" or "minimum" or "min", _) => (n, highest),
                (">" or "greater than" or "more than" or "above" or "over", _) => (n + 1, highest),
                (_, "or less" or "or lower" or "or below" or "or fewer" or "and below" or "and lower" or "and less") => (lowest, n),
                (_, "or more" or "or greater" or "or higher" or "or above" or "and above" or "and higher" or "and greater") => (n, highest),
                (_, "or better") => lowerIsBetter ? (lowest, n) : (n, highest),
                (_, "or worse") => lowerIsBetter ? (n, highest) : (lowest, n),
                _ => null,
            };
            if (bounds is null)
            {
                return null;
            }
        }
        else if ((op.Length > 0 && op is not ("between" or "from")) || suffix.Length > 0)
        {
            return null;
        }

        var scores = new SortedSet<int>();
        if (bounds is var (from, to))
        {
            for (var s = lowest; s <= highest; s += step)
            {
                if (s >= from && s <= to)
                {
                    scores.Add(s);
                }
            }
        }
        else
        {
            for (var i = 0; i < numbers.Count; i++)
            {
                if ((numbers[i] - lowest) % step != 0 || numbers[i] > highest)
                {
                    return null;
                }

                var isRangeEnd = i > 0 && (separators[i - 1] is "-" or "to" || (op is "between" or "from" && separators[i - 1] == "and"));
                if (isRangeEnd)
                {
                    for (var s = numbers[i - 1]; s <= numbers[i]; s += step)
                    {
                        scores.Add(s);
                    }
                }
                else
                {
                    scores.Add(numbers[i]);
                }
            }
        }

        return scores.Count == 0 ? null : scores.ToList();
    }

    [GeneratedRegex(@"\b(?:karnofsky|kps|lansky|lps)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KarnofskyNames();

    [GeneratedRegex(@"\b(?:ecog|zubrod|who)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EcogNames();

    // Scale names and the words around a score; "=" only when it is not part of a comparator (Prepare turned "=<" into "<=").
    [GeneratedRegex(
        @"\b(?:eastern cooperative oncology group|ecog|zubrod|who|karnofsky|kps|lansky|lps|play|performance status|performance score|performance|status|ps|scales?|scores?|grades?|index|level|of|is|must be|should be|on the|on a|the|a|an|equal to)\b|[():/]|(?<![<>])=(?![<>])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:or|and)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^(?:(?<op><=|<|>=|>|at most|at least|no more than|not more than|no less than|not less than|up to|less than or equal to|greater than or equal to|less than|greater than|more than|maximum|max|minimum|min|below|under|above|over|between|from)\s*)?(?<numbers>\d+(?:\s*(?:,\s*or|,\s*and|,|-|to|or|and)\s*\d+)*)(?:\s+(?<suffix>(?:or|and) (?:less|lower|below|fewer|more|greater|higher|above|better|worse)))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Expression();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=\d)\s*(?:,\s*or|,\s*and|,|-|to|or|and)\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
