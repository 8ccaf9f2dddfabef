using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Finds where a text occurs in a trial's sections, comparing normalised forms (see <see cref="TextNormalizer"/>) on
/// word boundaries, and returns every occurrence as a section-relative span of the original text.
/// Gold's exact, nearest-offset search (<c>Gold/TextOccurrences</c>) is not used because a prediction must be found
/// wherever its normalised words occur (case, dashes, white space and Unicode forms ignored) and never inside a longer
/// word ("ER" in "HER2"), which verbatim or case-insensitive search would get wrong.
/// </summary>
public sealed class TextAnchorer
{
    private readonly IReadOnlyList<TrialSection> sections;
    private readonly NormalizedText[] normalizedSections;

    public TextAnchorer(IReadOnlyList<TrialSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        this.sections = sections;
        // Untrimmed, so the punctuation around a match (a section's closing "." included) can be read.
        normalizedSections = sections.Select(section => TextNormalizer.NormalizeUntrimmed(section.Text)).ToArray();
    }

    /// <summary>True when there is any text to anchor in.</summary>
    public bool HasText => sections.Count > 0;

    /// <summary>
    /// Every occurrence of the text, in section order then position order; empty when it occurs nowhere. Each
    /// occurrence gives the span as the text was written first (widened over the surrounding punctuation the text
    /// had and the trial has right there), then the narrower readings down to its normalised core.
    /// </summary>
    public IReadOnlyList<TextSpan> FindAll(string text)
    {
        var needle = TextNormalizer.NormalizeWithOffsets(text);
        var spans = new List<TextSpan>();
        for (var i = 0; i < sections.Count; i++)
        {
            var haystack = normalizedSections[i];
            foreach (var at in haystack.IndexesOfWholeWord(needle.Text))
            {
                foreach (var (start, end) in Readings(haystack, at, at + needle.Text.Length, needle))
                {
                    spans.Add(new TextSpan(sections[i].Name, start, end));
                }
            }
        }

        return spans;
    }

    /// <summary>Why a span does not fit the trial's text, or null when it does.</summary>
    public string? Problem(TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var section = sections.FirstOrDefault(s => string.Equals(s.Name, span.Section, StringComparison.Ordinal));
        if (section is null)
        {
            return $"section \"{span.Section}\" is not in the trial (it has: {string.Join(", ", sections.Select(s => s.Name))})";
        }

        return span.Start < 0 || span.End <= span.Start || span.End > section.Text.Length
            ? $"[{span.Start},{span.End}) is not a non-empty range of section \"{span.Section}\" ({section.Text.Length} characters)"
            : null;
    }

    /// <summary>The place of a section in the trial's order, for deterministic ordering of spans; unknown sections last.</summary>
    public int SectionRank(string section)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (string.Equals(sections[i].Name, section, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return sections.Count;
    }

    /// <summary>
    /// The original ranges an occurrence at normalised [start, end) can stand for, widest first: the core widened on
    /// each side by 0 up to all of the characters the text had there before normalisation trimmed them, as long as the
    /// trial has the same (normalised, so case-insensitively) characters right there; a reading never begins or ends
    /// on white space. The core itself is always one: trimmed characters do not count in comparisons.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Readings(NormalizedText haystack, int start, int end, NormalizedText needle)
    {
        var text = haystack.Text;
        var before = 0;
        while (before < needle.TrimmedStart.Length && start - before > 0
               && text[start - before - 1] == needle.TrimmedStart[^(before + 1)])
        {
            before++;
        }

        var after = 0;
        while (after < needle.TrimmedEnd.Length && end + after < text.Length && text[end + after] == needle.TrimmedEnd[after])
        {
            after++;
        }

        var lefts = Enumerable.Range(0, before + 1).Where(k => k == 0 || text[start - k] != ' ');
        var rights = Enumerable.Range(0, after + 1).Where(m => m == 0 || text[end + m - 1] != ' ');
        return lefts
            .SelectMany(k => rights.Select(m => (Left: k, Right: m)))
            .OrderByDescending(widening => widening.Left + widening.Right)
            .ThenByDescending(widening => widening.Left)
            .Select(widening => haystack.ToOriginal(start - widening.Left, end + widening.Right))
            .Distinct();
    }
}
