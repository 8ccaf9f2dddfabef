using System.Globalization;
using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// ECOG (also written WHO or Zubrod performance status) and Karnofsky scores with their allowed values, as NCI and
/// sponsors write them: "ECOG 0-1" (any hyphen or dash, U+2010–U+2015), "ECOG performance status of 0 or 1", "ECOG PS
/// ≤ 1", "=&lt; 2", "2 or better", "ECOG (Zubrod) 0-2", "a performance status of 0 or 1 on the ECOG scale", "KPS ≥ 70",
/// "KPS scores of 70 or greater", "Karnofsky or Lansky ≥ 50", "Karnofsky/Lansky ≥ 50", and a scale name broken across a
/// line ("Eastern Cooperative Oncology Group (ECOG)⏎performance status 0-1"). Values become "ECOG 0-1", "ECOG >= 2",
/// "Karnofsky >= 70"; a single value gets its LOINC answer code, a range or threshold the profile's LOINC observation code.
/// </summary>
internal sealed partial class PerformanceStatusRecognizer : IMentionRecognizer
{
    private readonly ScaleCodes codes;

    public PerformanceStatusRecognizer(ScaleCodes codes) => this.codes = codes;

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (Match match in EcogPattern().Matches(text).Concat(EcogAfterValuePattern().Matches(text)))
        {
            if (EcogValue(match) is not var (value, single))
            {
                continue;
            }

            var code = single is int grade ? codes.EcogAnswers.GetValueOrDefault(grade) ?? codes.EcogScore : codes.EcogScore;
            yield return Candidate(match, "ECOGPerformanceStatus", value, code);
        }

        foreach (Match match in KarnofskyPattern().Matches(text))
        {
            var score = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            var op = Comparator(match.Groups["op"].Value);
            var orMore = match.Groups["more"].Success && match.Groups["more"].Value.ToLowerInvariant() is not ("less" or "lower" or "below" or "worse");
            var orLess = match.Groups["more"].Success && !orMore;
            var symbol = op switch
            {
                "≥" or ">=" or "=>" or "at least" or "of at least" or "greater than or equal to" or "of ≥" or "of >=" => ">=",
                ">" or "greater than" or "more than" => orMore ? ">=" : ">",
                "≤" or "<=" or "=<" => "<=",
                "<" or "less than" => "<",
                _ => orMore ? ">=" : orLess ? "<=" : string.Empty,
            };
            if (match.Groups["to"].Success && symbol.Length == 0)
            {
                // "Karnofsky 70-100" is "Karnofsky >= 70"; a range below the top stays a range without an answer code.
                var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
                if (to <= score)
                {
                    continue;
                }

                var range = to == 100
                    ? string.Create(CultureInfo.InvariantCulture, $"Karnofsky >= {score}")
                    : string.Create(CultureInfo.InvariantCulture, $"Karnofsky {score}-{to}");
                yield return Candidate(match, "KarnofskyPerformanceStatus", range, codes.KarnofskyScore);
                continue;
            }

            var value = symbol.Length == 0
                ? string.Create(CultureInfo.InvariantCulture, $"Karnofsky {score}")
                : string.Create(CultureInfo.InvariantCulture, $"Karnofsky {symbol} {score}");
            var code = symbol.Length == 0 ? codes.KarnofskyAnswers.GetValueOrDefault(score) ?? codes.KarnofskyScore : codes.KarnofskyScore;
            yield return Candidate(match, "KarnofskyPerformanceStatus", value, code);
        }
    }

    private static MentionCandidate Candidate(Match match, string element, string value, CodeRef code) =>
        new(match.Index, match.Index + match.Length, "performance_status", [new MappingTemplate(element, value, code)]);

    /// <summary>The canonical value and, when exactly one grade is allowed, that grade.</summary>
    private static (string Value, int? Single)? EcogValue(Match match)
    {
        var numbers = NumberPattern().Matches(match.Groups["values"].Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var separators = SeparatorPattern().Matches(match.Groups["values"].Value).Select(m => m.Value.Trim().ToLowerInvariant()).ToList();
        var op = Comparator(match.Groups["op"].Value);
        var grades = new SortedSet<int>();
        if (match.Groups["suffix"].Success)
        {
            // "2 or better" / "2 or less": 0-2; "2 or worse" / "2 or more": >= 2. Only after one grade and no comparator.
            if (numbers.Count != 1 || op.Length > 0)
            {
                return null;
            }

            if (match.Groups["suffix"].Value.ToLowerInvariant() is "better" or "less" or "lower" or "below")
            {
                op = "<=";
            }
            else
            {
                return ($"ECOG >= {numbers[0]}", null);
            }
        }

        switch (op)
        {
            case "≤" or "<=" or "=<" or "at most" or "of at most" or "no more than" or "not more than" or "less than or equal to" or "up to":
                AddRange(grades, 0, numbers[^1]);
                break;
            case "<":
                AddRange(grades, 0, numbers[^1] - 1);
                break;
            case "≥" or ">=" or "=>":
                return ($"ECOG >= {numbers[0]}", null);
            case ">":
                return ($"ECOG >= {numbers[0] + 1}", null);
            default:
                grades.Add(numbers[0]);
                for (var i = 1; i < numbers.Count; i++)
                {
                    var separator = separators[i - 1];
                    if ((separator.Length == 1 && TextNormalizer.IsDash(separator[0])) || separator == "to" || (op == "between" && separator == "and"))
                    {
                        AddRange(grades, numbers[i - 1], numbers[i]);
                    }
                    else
                    {
                        grades.Add(numbers[i]);
                    }
                }

                break;
        }

        if (grades.Count == 0)
        {
            return null;
        }

        var contiguous = grades.Max - grades.Min + 1 == grades.Count;
        var value = grades.Count == 1
            ? $"ECOG {grades.Min}"
            : contiguous ? $"ECOG {grades.Min}-{grades.Max}" : "ECOG " + string.Join(", ", grades);
        return (value, grades.Count == 1 ? grades.Min : null);
    }

    /// <summary>The written comparator in one spelling: Markdown escapes dropped, "&lt;/=", "&lt; or =" and "=&lt;" as "&lt;=".</summary>
    private static string Comparator(string written)
    {
        var op = Regex.Replace(written.ToLowerInvariant().Replace("\\", string.Empty, StringComparison.Ordinal), @"\s+", " ");
        return op switch
        {
            "</=" or "< / =" or "< or =" or "=<" => "<=",
            ">/=" or "> / =" or "> or =" or "=>" => ">=",
            _ => op,
        };
    }

    private static void AddRange(SortedSet<int> grades, int from, int to)
    {
        for (var grade = from; grade <= to; grade++)
        {
            grades.Add(grade);
        }
    }

    // Pieces of the patterns below. Inside a scale name words may be split by spaces, hyphens or one line break
    // (criteria copied from PDFs break lines anywhere); values may be joined by any hyphen or dash.
    private const string Blank = @"[ \t\u00A0]";
    private const string NameGap = @"(?:[ \t\u00A0]*\r?\n[ \t\u00A0]*|[ \t\u00A0\-\u2010-\u2015]+)";
    private const string Dash = @"[\-\u2010-\u2015\u2212]";
    private const string EcogName =
        @"(?:ECOG|Eastern" + NameGap + "Cooperative" + NameGap + "Oncology" + NameGap + @"Group(?:" + Blank + @"*\(ECOG\))?|Zubrod|WHO(?=[ \t\u00A0\-]+performance))"
        + @"(?:" + Blank + @"*(?:\(|/)" + Blank + @"*(?:Zubrod|ECOG|WHO)\)?)?";
    // CT.gov text escapes comparators as Markdown ("\\<= 2", "=\\< 2", "\\>= 70%") and writes "</=" and "< or =".
    private const string EscapedComparators = @"\\?<" + Blank + "*/" + Blank + "*=|\\\\?>" + Blank + "*/" + Blank + "*=|\\\\?<" + Blank + "+or" + Blank + "+=|\\\\?>" + Blank
        + @"+or" + Blank + @"+=|=\\?\\<|=\\?\\>|\\<=|\\>=|\\<|\\>";

    private const string EcogOperator =
        @"(?<op>" + EscapedComparators + "|≤|<=|=<|<|≥|>=|=>|>|of" + Blank + "+at" + Blank + "+most|at" + Blank + "+most|no" + Blank + "+more" + Blank + "+than|not" + Blank + "+more" + Blank
        + "+than|less" + Blank + "+than" + Blank + "+or" + Blank + "+equal" + Blank + "+to|up" + Blank + "+to|between)?";
    private const string EcogValues =
        @"(?<values>[0-5](?:" + Blank + "*(?:" + Dash + "|to|or|and|," + Blank + "*or|,)" + Blank + @"*[0-5](?![\p{L}\p{N}]|\.\d))*)";
    private const string EcogSuffix = @"(?:" + Blank + "+or" + Blank + "+(?<suffix>better|less|lower|below|worse|more|greater|higher|above))?";
    private const string Filler = @"(?:" + Blank + "+(?:must" + Blank + "+be|should" + Blank + "+be|of|is|was|equal" + Blank + "+to))*(?:" + Blank + @"*(?::|=(?![<>\\])))?" + Blank + "*";
    // Not a number of something else, and not cut short before a further "-digit" (so "0-1 mg" is not read as "0").
    private const string NotAQuantity = @"(?![\p{L}\p{N}]|\.\d|" + Blank + @"*(?:%|mg|cm|mm|years?|weeks?|months?|days?)(?![\p{L}])|" + Blank + "*" + Dash + Blank + @"*\d)";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])" + EcogName + "(?:" + NameGap + "(?:performance" + NameGap + "status|performance" + NameGap + "score|performance|PS))?(?:" + Blank + @"*\((?:ECOG" + Blank + @"+)?PS\))?(?:"
        + Blank + "+(?:scores?|grade|scale|level))?" + Filler + EcogOperator + Blank + "*" + EcogValues + EcogSuffix + NotAQuantity,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EcogPattern();

    /// <summary>The value before the scale: "a performance status of 0 or 1 on the ECOG scale", "PS 0-1 (ECOG)".</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:performance" + NameGap + "status|performance" + NameGap + "score|PS)(?:" + Blank + @"*\(PS\))?(?:" + Blank + "+(?:scores?|grade|level))?" + Filler
        + EcogOperator + Blank + "*" + EcogValues + EcogSuffix
        + "(?:" + Blank + "+(?:on|by|per|according" + Blank + "+to|using)" + Blank + "+(?:the" + Blank + "+|an" + Blank + "+)?|" + Blank + @"*\()"
        + "(?:ECOG|Eastern" + NameGap + "Cooperative" + NameGap + "Oncology" + NameGap + "Group|Zubrod|WHO)(?:" + Blank + @"*\(ECOG\))?(?:" + Blank + "+(?:performance" + Blank
        + @"+)?(?:scale|criteria|score|status))?\)?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EcogAfterValuePattern();

    private const string LanskyAlternative =
        @"(?:" + Blank + "*(?:/|or|\\(or)" + Blank + "*(?:Lansky(?:" + NameGap + "play)?(?:" + NameGap + "performance(?:" + NameGap + "(?:status|scale|score))?)?(?:" + Blank
        + @"*\(LPS\))?|LPS)\)?)?";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:Karnofsky(?:" + NameGap + "(?:performance(?:" + NameGap + "(?:status|scale|score|index))?|PS))?(?:" + Blank + @"*\(KPS\))?|KPS)" + LanskyAlternative
        + "(?:" + Blank + "+(?:scores?|scale|index))?(?:" + Blank + "+(?:must" + Blank + "+be|should" + Blank + "+be|is|of(?=" + Blank + @"*\\?[<>=≤≥])))?(?:" + Blank + @"*(?::|=(?![<>\\])))?" + Blank
        + "*(?<op>of" + Blank + "+at" + Blank + "+least|at" + Blank + "+least|of" + Blank + "+≥|of" + Blank + "+>=|≥|>=|=>|greater" + Blank + "+than" + Blank + "+or" + Blank
        + "+equal" + Blank + "+to|greater" + Blank + "+than|more" + Blank + "+than|" + EscapedComparators + "|≤|<=|=<|>|<|of)?" + Blank + "*(?<value>100|[1-9]0|0)(?:" + Blank + "*(?<percent>%))?(?:"
        + Blank + "*" + Dash + Blank + "*(?<to>100|[1-9]0)(?:" + Blank + "*%)?)?(?:" + Blank + "+or" + Blank + @"+(?<more>greater|higher|more|above|better|less|lower|below|worse))?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KarnofskyPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<=\d)" + Blank + "*(?:" + Dash + "|to|or|and|," + Blank + "*or|,)" + Blank + @"*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();
}
