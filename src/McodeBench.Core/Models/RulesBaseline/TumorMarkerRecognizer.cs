using System.Globalization;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Tumour markers with their status or threshold: "HER2-positive", "ER+", "estrogen receptor positive", "HER2-low",
/// "ER ≥ 1%", "PD-L1 tumor proportion score (TPS) ≥ 50%", "PSA ≥ 2 ng/mL". Markers flagged as bare (HER2, PD-L1, PSA)
/// are also mentions without a status. Each maps to a TumorMarkerTest with the marker's LOINC code.
/// </summary>
internal sealed class TumorMarkerRecognizer : IMentionRecognizer
{
    private const string Qualifiers =
        @"(?:[ \t\u00A0\-]+(?:tumou?r[ \t\u00A0\-]+proportion[ \t\u00A0\-]+score|combined[ \t\u00A0\-]+positive[ \t\u00A0\-]+score|TPS|CPS|expression|status|score|level|protein|staining))*(?:[ \t\u00A0]*\((?:TPS|CPS)\))?";

    private const string Status =
        @"(?<status>(?:[ \t\u00A0\-\u2010-\u2015]*)(?:positive|negative|low|high|equivocal|over[ \t\u00A0\-]?expressing|over[ \t\u00A0\-]?expressed|overexpression|amplified)(?![\p{L}\p{N}])|\+(?![\p{L}\p{N}+]))";

    private const string Threshold =
        @"(?<threshold>[ \t\u00A0]*(?<op>≥|>=|=>|≤|<=|=<|>|<|=|of[ \t\u00A0]+at[ \t\u00A0]+least|at[ \t\u00A0]+least|greater[ \t\u00A0]+than[ \t\u00A0]+or[ \t\u00A0]+equal[ \t\u00A0]+to|more[ \t\u00A0]+than|greater[ \t\u00A0]+than|less[ \t\u00A0]+than|of)[ \t\u00A0]*(?<number>\d+(?:\.\d+)?)(?:[ \t\u00A0]*(?<unit>%|ng/ml|u/ml|iu/ml))?(?:[ \t\u00A0]+or[ \t\u00A0]+(?<more>greater|higher|more|above))?(?![\p{L}\p{N}]))";

    private readonly List<(TumorMarkerDefinition Marker, Regex Pattern)> markers;

    public TumorMarkerRecognizer(IEnumerable<TumorMarkerDefinition> definitions)
    {
        markers = definitions
            .Select(marker => (marker, new Regex(
                TermPattern.WordStart + "(?<name>" + TermPattern.Alternation(marker.Aliases) + ")" + TermPattern.WordEnd
                + "(?:" + Qualifiers + "(?:" + Status + (marker.Numeric ? "|" + Threshold : string.Empty) + "))?",
                TermPattern.Options,
                TermPattern.Timeout)))
            .ToList();
    }

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (var (marker, pattern) in markers)
        {
            foreach (Match match in pattern.Matches(text))
            {
                string value;
                var end = match.Index + match.Length;
                if (match.Groups["status"].Success)
                {
                    value = marker.Name + " " + StatusWord(match.Groups["status"].Value);
                }
                else if (match.Groups["threshold"].Success)
                {
                    value = marker.Name + " " + ThresholdText(match);
                }
                else if (marker.Bare)
                {
                    value = marker.Name;
                    end = match.Groups["name"].Index + match.Groups["name"].Length;
                }
                else
                {
                    continue;
                }

                yield return new MentionCandidate(match.Index, end, "biomarker", [new MappingTemplate("TumorMarkerTest", value, marker.Code)]);
            }
        }
    }

    private static string StatusWord(string raw)
    {
        var word = raw.Trim(' ', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\t', '\n', '\r').ToLowerInvariant();
        return word switch
        {
            "+" => "positive",
            "amplified" => "positive",
            _ when word.StartsWith("over", StringComparison.Ordinal) => "positive",
            _ => word,
        };
    }

    private static string ThresholdText(Match match)
    {
        var op = Regex.Replace(match.Groups["op"].Value.ToLowerInvariant(), @"\s+", " ");
        var orMore = match.Groups["more"].Success;
        var symbol = op switch
        {
            "≥" or ">=" or "=>" or "at least" or "of at least" or "greater than or equal to" => ">=",
            "≤" or "<=" or "=<" => "<=",
            ">" or "more than" or "greater than" => orMore ? ">=" : ">",
            "<" or "less than" => "<",
            _ => orMore ? ">=" : string.Empty,
        };
        var number = match.Groups["number"].Value;
        var unit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" => string.Empty,
            "%" => "%",
            "ng/ml" => " ng/mL",
            "u/ml" => " U/mL",
            "iu/ml" => " IU/mL",
            var other => " " + other,
        };
        var amount = number + unit;
        return symbol.Length == 0 ? amount : string.Create(CultureInfo.InvariantCulture, $"{symbol} {amount}");
    }
}
