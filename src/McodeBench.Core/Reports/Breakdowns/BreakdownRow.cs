using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Breakdowns;

/// <summary>Micro counts of one entity type or mCODE element, summed over a run's scored tasks, with the figures they give.</summary>
public sealed record BreakdownRow(string Name, OutcomeCounts Counts)
{
    public double? Precision => Counts.Precision;

    public double? Recall => Counts.Recall;

    public double? F1 => Counts.F1;
}
