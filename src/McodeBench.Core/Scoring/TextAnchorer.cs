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
        normalizedSections = sections.Select(section => TextNormalizer.NormalizeWithOffsets(section.Text)).ToArray();
    }

    /// <summary>True when there is any text to anchor in.</summary>
    public bool HasText => sections.Count > 0;

    /// <summary>Every occurrence of the text, in section order then position order; empty when it occurs nowhere.</summary>
    public IReadOnlyList<TextSpan> FindAll(string text)
    {
        var needle = TextNormalizer.Normalize(text);
        var spans = new List<TextSpan>();
        for (var i = 0; i < sections.Count; i++)
        {
            foreach (var (start, end) in normalizedSections[i].FindWholeWords(needle))
            {
                spans.Add(new TextSpan(sections[i].Name, start, end));
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
}
