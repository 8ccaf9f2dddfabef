using McodeBench.Core.Annotations;

namespace McodeBench.Core.Trials;

/// <summary>The inclusion and exclusion parts of one eligibility text, as found by <see cref="EligibilityCriteriaSplitter"/>.</summary>
public sealed record EligibilityCriteriaLayout(int TextLength, IReadOnlyList<CriterionRange> Ranges)
{
    /// <summary>The criterion of the text at an offset; <see cref="Criterion.None"/> before the first header or outside the text.</summary>
    public Criterion CriterionAt(int offset) =>
        Ranges.FirstOrDefault(r => r.Contains(offset))?.Criterion ?? Criterion.None;

    /// <summary>The criterion of a span, judged by where it starts (a mention never straddles a header line).</summary>
    public Criterion CriterionOf(TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return CriterionAt(span.Start);
    }

    public bool HasInclusion => Ranges.Any(r => r.Criterion == Criterion.Inclusion);

    public bool HasExclusion => Ranges.Any(r => r.Criterion == Criterion.Exclusion);
}
