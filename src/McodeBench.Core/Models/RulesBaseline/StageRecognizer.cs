using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Stage groups: "stage IIIB", "Stage II-III", "Ann Arbor stage II, III or IV", "FIGO stage III or IV",
/// "extensive-stage". A list or range sharing one "stage" word is one mention with one mapping per stage named
/// (range ends, not the stages between). AJCC groups map to TNMStageGroup; other systems (Ann Arbor, ISS, FIGO, Rai,
/// Binet, Lugano) to CancerStage. Arabic numerals count only after a system name, so "stage 3 chronic kidney disease"
/// is not read as a cancer stage.
/// </summary>
internal sealed partial class StageRecognizer : IMentionRecognizer
{
    private const string Roman = @"(?:IV|I{1,3}|0)(?:[A-D][1-3]?)?[ESX]?";

    private readonly ScaleCodes codes;

    public StageRecognizer(ScaleCodes codes) => this.codes = codes;

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (Match match in StagePattern().Matches(text))
        {
            var system = SystemName(match.Groups["system"].Value);
            if (system is null && match.Groups["arabic"].Success)
            {
                continue;
            }

            var element = system is null or "AJCC" ? "TNMStageGroup" : "CancerStage";
            var mappings = new List<MappingTemplate>();
            foreach (var raw in StageValues(match))
            {
                var stage = raw.ToUpperInvariant();
                var value = system is null or "AJCC" ? "Stage " + stage : $"{system} stage {stage}";
                var code = element == "TNMStageGroup" ? codes.StageGroups.GetValueOrDefault(stage) : null;
                if (!mappings.Any(m => m.Value == value))
                {
                    mappings.Add(new MappingTemplate(element, value, code));
                }
            }

            yield return new MentionCandidate(match.Index, match.Index + match.Length, "stage", mappings);
        }

        foreach (Match match in SmallCellStagePattern().Matches(text))
        {
            var value = char.ToUpperInvariant(match.Groups["extent"].Value[0]) + match.Groups["extent"].Value[1..].ToLowerInvariant() + " stage";
            yield return new MentionCandidate(match.Index, match.Index + match.Length, "stage", [new MappingTemplate("CancerStage", value)]);
        }
    }

    private static IEnumerable<string> StageValues(Match match)
    {
        yield return match.Groups["first"].Value;
        foreach (Capture capture in match.Groups["more"].Captures)
        {
            yield return capture.Value;
        }
    }

    private static string? SystemName(string raw)
    {
        if (raw.Length == 0)
        {
            return null;
        }

        var key = Regex.Replace(raw.ToUpperInvariant(), @"[\s\-]+", " ");
        return key switch
        {
            "ANN ARBOR" => "Ann Arbor",
            "R ISS" or "RISS" => "R-ISS",
            "INTERNATIONAL STAGING SYSTEM" => "ISS",
            "AJCC" or "AMERICAN JOINT COMMITTEE ON CANCER" => "AJCC",
            _ when key.Length <= 6 && key.All(char.IsUpper) => key,
            _ => char.ToUpperInvariant(raw[0]) + raw[1..].ToLowerInvariant(),
        };
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:(?<system>(?i:ann[ \t\u00A0\-]+arbor)|R-?ISS|ISS|FIGO|AJCC|(?i:American[ \t\u00A0]+Joint[ \t\u00A0]+Committee[ \t\u00A0]+on[ \t\u00A0]+Cancer)|Rai|Binet|Lugano|(?i:international[ \t\u00A0]+staging[ \t\u00A0]+system))(?:[ \t\u00A0]+\(\w+\))?[ \t\u00A0]+)?(?i:stage)[ \t\u00A0:]+(?:(?<first>" + Roman + @")(?:[ \t\u00A0]*(?:-|–|to|,[ \t\u00A0]*or|,|or|and|/)[ \t\u00A0]*(?<more>" + Roman + @"))*|(?<arabic>(?<first>[0-4][A-Da-d]?)(?:[ \t\u00A0]*(?:-|–|to|,[ \t\u00A0]*or|,|or|and)[ \t\u00A0]*(?<more>[0-4][A-Da-d]?))*))(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex StagePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<extent>extensive|limited)[ \t\u00A0\-]+stage(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallCellStagePattern();
}
