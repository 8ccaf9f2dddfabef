namespace McodeBench.Core.Scoring.Values;

/// <summary>A performance status scale: what scores it has and which direction is better.</summary>
internal enum PerformanceScale
{
    /// <summary>ECOG (also WHO, Zubrod): grades 0–5, lower is better.</summary>
    Ecog,

    /// <summary>Karnofsky: 0–100 in steps of 10, higher is better.</summary>
    Karnofsky,

    /// <summary>Lansky play-performance: 0–100 in steps of 10, higher is better (the Karnofsky scale for children).</summary>
    Lansky,
}
