using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Leaderboards;

namespace McodeBench.Core.Statistics.RunComparisons;

/// <summary>
/// One combination present in both runs. In <see cref="Comparison"/>, side A is run B and side B is run A, so
/// Δ = run B − run A (positive is an improvement) and unpaired tasks are labelled "b" (only in run B) or "a".
/// </summary>
/// <param name="Flips">The trials whose metric moved most, largest |Δ| first (ties by trial id); only non-zero moves.</param>
public sealed record RunComparisonRow(
    CombinationKey Key,
    PairedComparison Comparison,
    double? PValueHolm,
    double? QValueBh,
    RunChange Change,
    IReadOnlyList<TrialFlip> Flips);
