namespace McodeBench.Core.Scoring;

/// <summary>What an aligned pair or a leftover item counts as under one scheme.</summary>
public enum OutcomeClass
{
    /// <summary>Correct: an aligned pair that passes the scheme's test.</summary>
    Cor,

    /// <summary>Incorrect: an aligned pair that fails the scheme's test.</summary>
    Inc,

    /// <summary>Partial: an aligned pair with overlapping, not exact, boundaries (partial scheme only).</summary>
    Par,

    /// <summary>Missed: a gold item no prediction was aligned with.</summary>
    Mis,

    /// <summary>Spurious: a prediction no gold item was aligned with (unsupported predictions included).</summary>
    Spu,
}
