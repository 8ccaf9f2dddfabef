using System.Text;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Turns dictionary terms into regular-expression fragments: words may be separated by spaces, hyphens or dashes in
/// any mix ("non-small cell" = "Non-Small-Cell"), an apostrophe is optional, and a leading <c>=</c> makes the term
/// case-sensitive (abbreviations such as NSCLC or ER must not match ordinary words).
/// </summary>
internal static class TermPattern
{
    public const string Separator = @"(?:[^\S\r\n]|[\-\u2010-\u2015])+";

    /// <summary>Like <see cref="Separator"/> but optional. Neither crosses a line break: list items are separate mentions.</summary>
    public const string OptionalSeparator = @"(?:[^\S\r\n]|[\-\u2010-\u2015])*";

    /// <summary>A mention may not continue a word on either side.</summary>
    public const string WordStart = @"(?<![\p{L}\p{N}])";

    public const string WordEnd = @"(?![\p{L}\p{N}])";

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static string Fragment(string term)
    {
        var caseSensitive = term.StartsWith('=');
        var body = caseSensitive ? term[1..] : term;
        var builder = new StringBuilder();
        var previousWasSeparator = false;
        foreach (var ch in body)
        {
            if (ch is ' ' or '-' or (>= '\u2010' and <= '\u2015'))
            {
                if (!previousWasSeparator)
                {
                    builder.Append(Separator);
                }

                previousWasSeparator = true;
                continue;
            }

            previousWasSeparator = false;
            builder.Append(ch switch
            {
                '/' => @"[ \t\u00A0]*/[ \t\u00A0]*",
                ',' => @"[ \t\u00A0]*,",
                '\'' or '\u2019' => "['\u2019]?",
                _ when char.IsLetterOrDigit(ch) => ch.ToString(),
                _ => Regex.Escape(ch.ToString()),
            });
        }

        return caseSensitive ? $"(?-i:{builder})" : builder.ToString();
    }

    /// <summary>An alternation of the terms, longest first so that a longer term wins at the same start.</summary>
    public static string Alternation(IEnumerable<string> terms) =>
        "(?:" + string.Join("|", terms.OrderByDescending(t => t.TrimStart('=').Length).ThenBy(t => t, StringComparer.Ordinal).Select(Fragment)) + ")";

    public static Regex Bounded(IEnumerable<string> terms) =>
        new(WordStart + Alternation(terms) + WordEnd, Options, Timeout);

    /// <summary>Like <see cref="Bounded"/> but matching only where the search starts (<c>\G</c>); the word-start check still sees the text before.</summary>
    public static Regex AnchoredBounded(IEnumerable<string> terms) =>
        new(@"\G" + WordStart + Alternation(terms) + WordEnd, Options, Timeout);
}
