using System.Globalization;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// HER2, ER, PR and hormone-receptor results read as a status. HER2: <c>positive</c> = <c>+</c> = <c>3+</c> =
/// <c>IHC 3+</c> = <c>amplified</c> = <c>overexpressing</c>; <c>negative</c> = <c>0</c> = <c>IHC 0</c> = <c>not
/// amplified</c>; <c>low</c> = <c>1+</c> = <c>2+ and ISH negative</c> (HER2-low is its own finding); a bare <c>2+</c> is
/// equivocal and does not read. ER, PR, HR: <c>positive</c> = <c>+</c> = any stained share of at least 1% (<c>90%</c>,
/// <c>&gt;= 1%</c>, ASCO/CAP); <c>negative</c> = <c>-</c> = <c>0%</c> = <c>&lt; 1%</c>. Other markers (PD-L1, PSA,
/// ...) are compared as text: their thresholds are study-specific.
/// </summary>
internal static partial class ReceptorStatusValue
{
    /// <summary>The canonical form, e.g. <c>marker:her2:positive</c>; null when the value is not a readable receptor status.</summary>
    public static string? Canonical(string? value)
    {
        var text = ClinicalText.Prepare(value);
        var match = Marker().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var marker = match.Groups["her2"].Success ? "her2" : match.Groups["er"].Success ? "er" : match.Groups["pr"].Success ? "pr" : "hr";
        var rest = text[match.Length..];
        if (rest.Trim() == "-")
        {
            return $"marker:{marker}:negative";
        }

        rest = Spaces().Replace(Filler().Replace(rest.TrimStart(' ', '-'), " "), " ").Trim(' ', '-');
        var status = marker == "her2" ? Her2Status(rest) : HormoneStatus(rest);
        return status is null ? null : $"marker:{marker}:{status}";
    }

    private static string? Her2Status(string rest) => rest switch
    {
        "positive" or "pos" or "+" or "3+" or "amplified" or "amplification" or "overexpressing" or "overexpressed" or "overexpression"
            or "ish positive" or "fish positive" or "ish+" or "fish+" or "2+ ish positive" or "2+ and ish positive" or "2+ with ish positive"
            or "3+ or ish positive" or "3+ or 2+ ish positive" or "3+ or 2+ and ish positive" => "positive",
        "negative" or "neg" or "0" or "not amplified" or "non amplified" or "nonamplified" or "not overexpressed" or "ish negative" or "fish negative" => "negative",
        "low" or "1+" or "1+ or 2+ ish negative" or "1+ or 2+ and ish negative" or "2+ ish negative" or "2+ and ish negative" => "low",
        _ => null,
    };

    private static string? HormoneStatus(string rest)
    {
        switch (rest)
        {
            case "positive" or "pos" or "+" or "expressing":
                return "positive";
            case "negative" or "neg":
                return "negative";
        }

        var percent = Percent().Match(rest);
        if (!percent.Success)
        {
            return null;
        }

        // ASCO/CAP: a receptor is positive when at least 1% of tumour nuclei stain, negative below 1%.
        var share = decimal.Parse(percent.Groups["number"].Value, CultureInfo.InvariantCulture);
        var atLeast = percent.Groups["more"].Success || percent.Groups["op"].Value is ">=" or "at least" or ">" or "greater than" or "more than";
        return percent.Groups["op"].Value switch
        {
            "<" or "less than" => share <= 1 ? "negative" : null,
            "<=" => share < 1 ? "negative" : null,
            _ when share >= 1 => "positive",
            _ when share == 0 && !atLeast => "negative",
            _ => null,
        };
    }

    [GeneratedRegex(
        @"^(?:(?<her2>her2(?:/neu)?|her-2(?:/neu)?|erbb2|human epidermal growth factor receptor 2)|(?<er>er|estrogen receptor|oestrogen receptor)|(?<pr>pr|pgr|progesterone receptor)|(?<hr>hr|hormone receptor))(?![a-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\b(?:status|expression|receptors?|by|ihc|immunohistochemistry|score|is|of|on|in|tumou?r|cells|staining|result)\b|[():]", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^(?:(?<op><=|<|>=|>|at least|greater than|more than|less than)\s*)?(?<number>\d+(?:\.\d+)?)\s*%(?:\s+(?<more>or (?:more|greater|higher|above)))?(?:\s+positive)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}
