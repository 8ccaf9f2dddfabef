namespace McodeBench.Core.Statistics.RunComparisons;

/// <summary>One trial whose metric moved between the runs (its paired repeats' counts summed on each side); Δ = B − A.</summary>
public sealed record TrialFlip(string TrialId, double? ValueA, double? ValueB, double Delta);
