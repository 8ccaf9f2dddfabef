namespace McodeBench.Core.Scoring;

/// <summary>
/// How well a prediction fits a gold entity, in the order alignment prefers (higher is better). Each class decides the
/// outcome in every scheme (see <see cref="EntitySchemeRules"/>).
/// </summary>
public enum EntityMatchClass
{
    /// <summary>No overlap (or, without spans, different text): the two cannot be aligned.</summary>
    None = 0,

    /// <summary>Overlapping, not equal, spans; different types.</summary>
    Overlap = 1,

    /// <summary>Overlapping, not equal, spans; equal types.</summary>
    OverlapSameType = 2,

    /// <summary>Equal spans (or equal normalised text where a side has no span); different types.</summary>
    Exact = 3,

    /// <summary>Equal spans (or equal normalised text where a side has no span); equal types.</summary>
    ExactSameType = 4,
}
