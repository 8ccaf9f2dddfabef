using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// NegEx-style negation: a mention is negated when a trigger ("no", "not", "without", "absence of", "negative for",
/// "no prior", "not suitable for", ...) precedes it in the same clause, at most five words before it, with no scope
/// terminator in between. Clauses end at line breaks, ';', ':' and sentence full stops; scope also ends at
/// "but", "except", "unless", "other than", ", or", ", and" and at "for" (in "No prior therapy for metastatic disease"
/// the disease is not negated). Pseudo-triggers ("no more than", "not previously", ...) are ignored. Statuses such as
/// "HER2-negative" are not triggers.
/// </summary>
internal static partial class NegationDetector
{
    private const int MaxWordsInScope = 5;

    public static bool IsNegated(string text, int start)
    {
        var clauseStart = ClauseStart(text, start);
        var window = text[clauseStart..start];
        Match? trigger = null;
        foreach (Match match in TriggerPattern().Matches(window))
        {
            if (!PseudoTriggerPattern().IsMatch(window, match.Index))
            {
                trigger = match;
            }
        }

        if (trigger is null)
        {
            return false;
        }

        var scope = window[(trigger.Index + trigger.Length)..];
        return !TerminatorPattern().IsMatch(scope) && WordPattern().Count(scope) <= MaxWordsInScope;
    }

    private static int ClauseStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var ch = text[i];
            if (ch is '\n' or '\r' or ';' or ':' or '•')
            {
                return i + 1;
            }

            if (ch == '.' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}\-])(?:not\s+amenable\s+to|not\s+suitable\s+for|not\s+eligible\s+for|not\s+a\s+candidate\s+for|not\s+candidates?\s+for|ineligible\s+for|unsuitable\s+for|unfit\s+for|no\s+evidence\s+of|no\s+history\s+of|no\s+prior|no\s+previous|no\s+known|absence\s+of|negative\s+for|free\s+of|lack\s+of|must\s+not\s+have|must\s+not|should\s+not|cannot\s+have|(?<!with\s+or\s+)without|never|neither|nor|denies|not|no)(?![\p{L}\p{N}\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();

    [GeneratedRegex(
        @"\G(?:no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|no\s+longer|not\s+only|no\s+change|no\s+increase|not\s+necessarily|not\s+exceed|no\s+later\s+than|not\s+previously|not\s+applicable|not\s+required|not\s+allowed|not\s+permitted|or\s+not)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PseudoTriggerPattern();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:but|however|except|unless|although|whereas|other\s+than|aside\s+from|apart\s+from|for)(?![\p{L}\p{N}])|,\s*(?:or|and)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TerminatorPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[\-/][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
