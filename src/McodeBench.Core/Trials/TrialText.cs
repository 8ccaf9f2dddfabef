using McodeBench.Core.Annotations;

namespace McodeBench.Core.Trials;

/// <summary>
/// The text a model sees for one trial, assembled from chosen sections, with each section's place in it so that a
/// character range of the assembled text maps back to (section, section-relative offsets) and back again.
/// </summary>
public sealed record TrialText(string TrialId, string Text, IReadOnlyList<SectionOffset> Sections)
{
    /// <summary>The section-relative span for an assembled-text range, or null when it is not inside one section.</summary>
    public TextSpan? ToSpan(int start, int end)
    {
        foreach (var section in Sections)
        {
            if (start >= section.Start && end <= section.End)
            {
                return new TextSpan(section.Name, start - section.Start, end - section.Start);
            }
        }

        return null;
    }

    /// <summary>The assembled-text start offset of a section-relative span, or null when the section is not assembled.</summary>
    public int? ToGlobalStart(TextSpan span)
    {
        var section = Sections.FirstOrDefault(s => string.Equals(s.Name, span.Section, StringComparison.Ordinal));
        return section is null || span.End > section.Length ? null : section.Start + span.Start;
    }

    /// <summary>The text a span covers, or null when the span is outside the assembled sections.</summary>
    public string? TextAt(TextSpan span) =>
        ToGlobalStart(span) is int start && span.Start >= 0 && span.End >= span.Start ? Text.Substring(start, span.Length) : null;
}
