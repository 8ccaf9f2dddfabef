namespace McodeBench.Core.Scoring;

/// <summary>The two mCODE mapping scoring schemes; see docs/scoring.md.</summary>
public enum MappingScheme
{
    /// <summary>Same element and equal code (both coded) or equal normalised value.</summary>
    Strict,

    /// <summary>Same element family and equal code or one normalised value containing the other.</summary>
    Lenient,
}
