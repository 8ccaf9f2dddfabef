namespace McodeBench.Core.Tasks.Runs;

/// <summary>The number a run's leaderboard ranks by (definitions in SCORING.md).</summary>
public enum RankingMeasure
{
    F1,
    Precision,
    Recall,

    /// <summary>Share of predicted mappings passing every mCODE STU4 check; mapping target only.</summary>
    Compliance,
}
