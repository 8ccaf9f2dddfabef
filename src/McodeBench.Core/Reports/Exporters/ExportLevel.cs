namespace McodeBench.Core.Reports.Exporters;

/// <summary>What an export lists. The levels after <see cref="Combination"/> are the web tracker's results tables.</summary>
public enum ExportLevel
{
    /// <summary>One row per task: its keys, status, failure class, every score, tokens, cost and latency.</summary>
    Task,

    /// <summary>One row per prompt × model combination: the leaderboard with its aggregates.</summary>
    Combination,

    /// <summary>One row per headline figure of the run (<see cref="Summaries.SummaryFigures"/>).</summary>
    Summary,

    /// <summary>One row per model, across every prompt it ran with (<see cref="Comparisons.ComparisonTable.ByModel"/>).</summary>
    Model,

    /// <summary>One row per prompt (or prompt pair), across every model (<see cref="Comparisons.ComparisonTable.ByPrompt"/>).</summary>
    Prompt,

    /// <summary>One row per mCODE element (<see cref="Breakdowns.BreakdownTable.PerElement"/>).</summary>
    Element,

    /// <summary>One row per entity type (<see cref="Breakdowns.BreakdownTable.PerEntityType"/>).</summary>
    Type,
}
