using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// TNM categories, also when written together: "cT3N2M1a" gives three mentions, cT3, N2 and M1a, whose values carry
/// the group's c/p/y prefix (cT3, cN2, cM1a). A lone category without a prefix ("T2", "M1") is easily something else
/// (a T2-weighted MRI), so it counts only when it is a range ("T3-4"), in parentheses, next to another category or
/// after "stage"/"TNM"/"AJCC".
/// </summary>
internal sealed partial class TnmRecognizer : IMentionRecognizer
{
    private static readonly string[] Letters = ["t", "n", "m"];

    private readonly ScaleCodes codes;

    public TnmRecognizer(ScaleCodes codes) => this.codes = codes;

    public IEnumerable<MentionCandidate> Find(string text)
    {
        var groups = new List<(Match Match, bool Strong)>();
        foreach (Match match in GroupPattern().Matches(text))
        {
            if (match.Length == 0 || WeightedAfter(text, match.Index + match.Length))
            {
                continue;
            }

            var categories = Letters.Count(letter => match.Groups[letter + "v"].Success);
            var prefixed = Letters.Any(letter => match.Groups[letter + "p"].Success);
            // A range of categories ("T3-4", "N1-2") is distinctive enough on its own.
            var range = Letters.Any(letter => match.Groups[letter + "v"].Value.Contains('-', StringComparison.Ordinal));
            groups.Add((match, categories >= 2 || prefixed || range));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var (match, strong) = groups[i];
            var accepted = strong
                || InParentheses(text, match)
                || (i > 0 && groups[i - 1].Strong && ListedTogether(text, groups[i - 1].Match, match))
                || (i + 1 < groups.Count && groups[i + 1].Strong && ListedTogether(text, match, groups[i + 1].Match))
                || StagingWordBefore(text, match.Index);
            if (!accepted)
            {
                continue;
            }

            string? groupPrefix = null;
            foreach (var letter in Letters)
            {
                var valueGroup = match.Groups[letter + "v"];
                if (!valueGroup.Success)
                {
                    continue;
                }

                var prefixGroup = match.Groups[letter + "p"];
                var prefix = prefixGroup.Success ? prefixGroup.Value : groupPrefix ?? string.Empty;
                groupPrefix ??= prefixGroup.Success ? prefixGroup.Value : null;
                var start = prefixGroup.Success ? prefixGroup.Index : valueGroup.Index - 1;
                var end = valueGroup.Index + valueGroup.Length;
                var category = prefix + letter.ToUpperInvariant() + valueGroup.Value;
                var element = letter switch
                {
                    "t" => "TNMPrimaryTumorCategory",
                    "n" => "TNMRegionalNodesCategory",
                    _ => "TNMDistantMetastasesCategory",
                };
                yield return new MentionCandidate(start, end, "tnm", [new MappingTemplate(element, category, codes.TnmCategories.GetValueOrDefault(category))]);
            }
        }
    }

    private static bool WeightedAfter(string text, int end) =>
        WeightedPattern().IsMatch(text.AsSpan(end, Math.Min(12, text.Length - end)));

    private static bool InParentheses(string text, Match match) =>
        match.Index > 0 && text[match.Index - 1] == '(' && match.Index + match.Length < text.Length && text[match.Index + match.Length] == ')';

    private static bool ListedTogether(string text, Match first, Match second)
    {
        var between = text.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length);
        return ListSeparatorPattern().IsMatch(between);
    }

    private static bool StagingWordBefore(string text, int start)
    {
        var from = Math.Max(0, start - 16);
        return StagingWordPattern().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:(?<tp>yp|yc|[cpy])?T(?<tv>X|is|[0-4](?:mi|[a-d])?(?:-[1-4][a-d]?)?))?(?:(?<np>yp|yc|[cpy])?N(?<nv>X|[0-3](?:mi|[a-c])?(?:\((?:i|mol)[+-]\))?(?:-[0-3][a-c]?)?))?(?:(?<mp>yp|yc|[cpy])?M(?<mv>X|0|1[a-d]?(?:-1[a-d]?)?))?(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^[\s\-]*weighted", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeightedPattern();

    [GeneratedRegex(@"^\s*(?:[,;/]|and|or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparatorPattern();

    [GeneratedRegex(@"(?:stage|tnm|ajcc|category|classification)[\s:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StagingWordPattern();
}
