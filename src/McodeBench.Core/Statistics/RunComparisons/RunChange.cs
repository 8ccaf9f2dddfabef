namespace McodeBench.Core.Statistics.RunComparisons;

/// <summary>What a combination's comparison between two runs concludes, at the Holm-adjusted level α.</summary>
public enum RunChange
{
    /// <summary>Run B is better (Δ &gt; 0) and the Holm-adjusted p is below α.</summary>
    Improvement,

    /// <summary>Run B is worse (Δ &lt; 0) and the Holm-adjusted p is below α.</summary>
    Regression,

    /// <summary>The Holm-adjusted p is at least α: no difference this benchmark can tell from noise.</summary>
    NoSignificantChange,

    /// <summary>Nothing paired, or the metric undefined on a side: no comparison.</summary>
    Undefined,
}
