using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Tells, for a position in a text, whether it lies under an "Inclusion Criteria" or an "Exclusion Criteria" header.
/// The baseline's own small splitter (the trial reader has a fuller one), kept here so the baseline depends on
/// nothing but its input text. A heading of another trial section (e.g. "Interventions:") ends the criteria.
/// </summary>
internal sealed partial class CriterionLocator
{
    private readonly List<(int Start, Criterion Criterion)> switches = [];

    public CriterionLocator(string text)
    {
        foreach (Match match in HeaderPattern().Matches(text))
        {
            var criterion = match.Groups["kind"].Success
                ? match.Groups["kind"].Value.StartsWith("in", StringComparison.OrdinalIgnoreCase) ? Criterion.Inclusion : Criterion.Exclusion
                : Criterion.None;
            switches.Add((match.Index, criterion));
        }
    }

    public Criterion At(int offset)
    {
        var criterion = Criterion.None;
        foreach (var (start, value) in switches)
        {
            if (start > offset)
            {
                break;
            }

            criterion = value;
        }

        return criterion;
    }

    [GeneratedRegex(
        @"^[ \t]*(?:[#*\-•]+[ \t]*)?(?:(?:key|main|general|major|principal)[ \t]+)?(?:(?<kind>inclusion|exclusion)(?:[ \t]+criteria)?[ \t]*(?::|-|$)|(?:brief[ \t]+title|official[ \t]+title|title|conditions?|keywords?|brief[ \t]+summary|summary|detailed[ \t]+description|description|interventions?|arms?(?:[ \t]+and[ \t]+interventions)?|outcomes?|primary[ \t]+outcomes?|trial[ \t]+context)[ \t]*:)",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
