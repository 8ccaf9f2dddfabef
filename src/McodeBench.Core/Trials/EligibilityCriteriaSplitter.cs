using System.Collections.Frozen;
using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Trials;

/// <summary>
/// Finds the inclusion and exclusion parts of eligibility text by their header lines ("Inclusion Criteria:",
/// "EXCLUSION CRITERIA", "Key Exclusion Criteria", "Phase 1: Exclusion Criteria:", "non-inclusion criteria", any case).
/// A part runs from its header line to the next header; text before the first header is <see cref="Criterion.None"/>.
/// The heading of another trial section ("Interventions:", "Brief Summary: ...") also ends a part, so the same split
/// serves a whole assembled trial text (<see cref="TrialTextAssembler"/>), which is what the rules baseline reads.
/// The rules are in docs/trials.md; they were tuned on the 82 reference CT.gov records and must not mistake a criterion
/// that merely mentions the words (e.g. "- Demonstrate adequate organ function within 7 days of inclusion") for a header.
/// </summary>
public static partial class EligibilityCriteriaSplitter
{
    private const int MaxHeaderLength = 100;

    // A keyword further in than this is part of a sentence ("A subject was not eligible for inclusion in this study if
    // any of the following criteria apply:") unless "criteria" follows it or it ends a line without a list marker.
    private const int MaxKeywordWord = 3;

    // The headings TrialTextAssembler writes, plus the other section names prompts and TrialContextText use.
    private static readonly FrozenSet<string> SectionHeadings = SectionNames.All
        .Select(name => TrialTextAssembler.HeaderFor(name).TrimEnd('\n', ':'))
        .Concat(["Title", "Condition", "Keyword", "Summary", "Description", "Intervention", "Arm", "Arms", "Arms and Interventions", "Outcome", "Outcomes", "Primary Outcome", "Primary Outcomes", "Trial Context"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static EligibilityCriteriaLayout Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headers = new List<(int Start, Criterion Criterion, string Header)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd];
            if (HeaderCriterion(line) is Criterion criterion)
            {
                headers.Add((lineStart, criterion, line.Trim()));
            }

            lineStart = lineEnd + 1;
        }

        var ranges = new List<CriterionRange>();
        if (text.Length == 0)
        {
            return new EligibilityCriteriaLayout(0, ranges);
        }

        if (headers.Count == 0 || headers[0].Start > 0)
        {
            ranges.Add(new CriterionRange(Criterion.None, 0, headers.Count == 0 ? text.Length : headers[0].Start, null));
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var end = i + 1 < headers.Count ? headers[i + 1].Start : text.Length;
            ranges.Add(new CriterionRange(headers[i].Criterion, headers[i].Start, end, headers[i].Header));
        }

        return new EligibilityCriteriaLayout(text.Length, ranges);
    }

    /// <summary>
    /// The criterion a line opens when it is a header line, else null. Mixed headers ("Inclusion/Exclusion Criteria")
    /// and headings of other trial sections ("Interventions:") open <see cref="Criterion.None"/>.
    /// </summary>
    public static Criterion? HeaderCriterion(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var marker = ListMarker().Match(trimmed);
        var hasMarker = marker.Success && marker.Length > 0;
        var core = trimmed[marker.Length..].Trim().Trim('*', '_').Trim();
        var isMarkdownHeading = hasMarker && marker.Value.TrimEnd().All(c => c == '#');
        if ((!hasMarker || isMarkdownHeading) && IsSectionHeading(core))
        {
            return Criterion.None;
        }

        var endsWithColon = core.EndsWith(':');
        core = core.TrimEnd(':', ' ', '\t', '*', '_');
        if (core.Length == 0 || core.Length > MaxHeaderLength || core[^1] is '.' or ',' or ';')
        {
            return null;
        }

        var keywords = Keyword().Matches(core);
        if (keywords.Count == 0)
        {
            return null;
        }

        var words = Word().Matches(core);
        var keywordIsLast = keywords[^1].Index + keywords[^1].Length == core.Length;
        var keywordIsFirstOrLast = keywords[0].Index == 0 || keywordIsLast;
        var keywordIsEarly = words.Count > 0 && words.Take(2).Any(w => Keyword().IsMatch(w.Value));
        var keywordIsPlaced = words.Take(MaxKeywordWord).Any(w => Keyword().IsMatch(w.Value))
            || KeywordBeforeCriteria().IsMatch(core)
            || (!hasMarker && keywordIsLast);
        var isHeader = keywordIsPlaced
            && (endsWithColon
                || (CriteriaWord().IsMatch(core) && (!hasMarker || keywordIsEarly))
                || (!hasMarker && keywordIsFirstOrLast));
        if (!isHeader)
        {
            return null;
        }

        var kinds = keywords
            .Select(k => k.Value.StartsWith("inclusion", StringComparison.OrdinalIgnoreCase) ? Criterion.Inclusion : Criterion.Exclusion)
            .Distinct()
            .ToList();
        return kinds.Count == 1 ? kinds[0] : Criterion.None;
    }

    /// <summary>"Interventions:", "Brief Summary: ...": a known section name, in any case, before the line's first colon.</summary>
    private static bool IsSectionHeading(string core)
    {
        var colon = core.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && SectionHeadings.Contains(Spaces().Replace(core[..colon].Trim(), " "));
    }

    [GeneratedRegex(@"^(?:[-*•·#>]+|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))?\s*")]
    private static partial Regex ListMarker();

    // "non-inclusion" is French-style for exclusion, so it is matched as one word first.
    [GeneratedRegex(@"\b(?:non[- ]?inclusion|inclusions?|exclusions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\bcriteri(?:a|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CriteriaWord();

    [GeneratedRegex(@"\b(?:non[- ]?inclusion|inclusions?|exclusions?)\s+criteri(?:a|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordBeforeCriteria();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}-]*")]
    private static partial Regex Word();
}
