using System.Globalization;
using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// ECOG (also written WHO or Zubrod performance status) and Karnofsky scores with their allowed values:
/// "ECOG 0-1", "ECOG performance status of 0 or 1", "ECOG PS ≤ 1", "KPS ≥ 70", "Karnofsky performance status of at
/// least 70%". Values become "ECOG 0-1", "ECOG >= 2", "Karnofsky >= 70"; a single value gets its LOINC answer code,
/// a range or threshold the profile's LOINC observation code.
/// </summary>
internal sealed partial class PerformanceStatusRecognizer : IMentionRecognizer
{
    private readonly ScaleCodes codes;

    public PerformanceStatusRecognizer(ScaleCodes codes) => this.codes = codes;

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (Match match in EcogPattern().Matches(text))
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
            var op = Regex.Replace(match.Groups["op"].Value.ToLowerInvariant(), @"\s+", " ");
            var orMore = match.Groups["more"].Success;
            var symbol = op switch
            {
                "≥" or ">=" or "=>" or "at least" or "of at least" or "greater than or equal to" or "of ≥" or "of >=" => ">=",
                ">" or "greater than" or "more than" => orMore ? ">=" : ">",
                "≤" or "<=" or "=<" => "<=",
                "<" or "less than" => "<",
                _ => orMore ? ">=" : string.Empty,
            };
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
        var op = Regex.Replace(match.Groups["op"].Value.ToLowerInvariant(), @"\s+", " ");
        var grades = new SortedSet<int>();
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
                    if (separator is "-" or "–" or "to" || (op == "between" && separator == "and"))
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

    private static void AddRange(SortedSet<int> grades, int from, int to)
    {
        for (var grade = from; grade <= to; grade++)
        {
            grades.Add(grade);
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:ECOG|Eastern[ \t\u00A0]+Cooperative[ \t\u00A0]+Oncology[ \t\u00A0]+Group(?:[ \t\u00A0]*\(ECOG\))?|Zubrod|WHO(?=[ \t\u00A0\-]+performance))(?:[ \t\u00A0\-]+(?:performance[ \t\u00A0\-]+status|performance[ \t\u00A0\-]+score|performance|PS))?(?:[ \t\u00A0]*\((?:ECOG[ \t\u00A0]+)?PS\))?(?:[ \t\u00A0]+(?:score|grade|scale|level))?(?:[ \t\u00A0]+(?:must[ \t\u00A0]+be|should[ \t\u00A0]+be|of|is|was|equal[ \t\u00A0]+to))*(?:[ \t\u00A0]*[:=])?[ \t\u00A0]*(?<op>≤|<=|=<|<|≥|>=|=>|>|of[ \t\u00A0]+at[ \t\u00A0]+most|at[ \t\u00A0]+most|no[ \t\u00A0]+more[ \t\u00A0]+than|not[ \t\u00A0]+more[ \t\u00A0]+than|less[ \t\u00A0]+than[ \t\u00A0]+or[ \t\u00A0]+equal[ \t\u00A0]+to|up[ \t\u00A0]+to|between)?[ \t\u00A0]*(?<values>[0-5](?:[ \t\u00A0]*(?:-|–|to|or|and|,[ \t\u00A0]*or|,)[ \t\u00A0]*[0-5](?![\p{L}\p{N}]|\.\d))*)(?![\p{L}\p{N}]|\.\d|[ \t\u00A0]*(?:%|mg|cm|mm|years?|weeks?|months?|days?)(?![\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EcogPattern();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:Karnofsky(?:[ \t\u00A0\-]+performance(?:[ \t\u00A0\-]+(?:status|scale|score|index))?)?(?:[ \t\u00A0]*\(KPS\))?|KPS)(?:[ \t\u00A0]+(?:score|scale|index))?(?:[ \t\u00A0]+(?:must[ \t\u00A0]+be|should[ \t\u00A0]+be|is))?(?:[ \t\u00A0]*[:=])?[ \t\u00A0]*(?<op>of[ \t\u00A0]+at[ \t\u00A0]+least|at[ \t\u00A0]+least|of[ \t\u00A0]+≥|of[ \t\u00A0]+>=|≥|>=|=>|greater[ \t\u00A0]+than[ \t\u00A0]+or[ \t\u00A0]+equal[ \t\u00A0]+to|greater[ \t\u00A0]+than|more[ \t\u00A0]+than|≤|<=|=<|>|<|of)?[ \t\u00A0]*(?<value>100|[1-9]0|0)(?:[ \t\u00A0]*(?<percent>%))?(?:[ \t\u00A0]+or[ \t\u00A0]+(?<more>greater|higher|more|above|better))?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KarnofskyPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<=\d)[ \t\u00A0]*(?:-|–|to|or|and|,[ \t\u00A0]*or|,)[ \t\u00A0]*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();
}
