namespace McodeBench.Core.Reports.Exporters;

/// <summary>What an export lists.</summary>
public enum ExportLevel
{
    /// <summary>One row per task: its keys, status, failure class, every score, tokens, cost and latency.</summary>
    Task,

    /// <summary>One row per prompt × model combination: the leaderboard with its aggregates.</summary>
    Combination,
}
