using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Intervals;

namespace McodeBench.Core.Reports;

/// <summary>
/// A leaderboard row against the best row, as the JSON summary, the REST API and the exports show it: Δ of the ranking
/// metric on the trials both attempted (this − best), its paired-bootstrap interval, the approximate-randomization p
/// and that p adjusted across the leaderboard by Holm and by Benjamini–Hochberg. Null figures are undefined.
/// </summary>
/// <param name="MinimumDetectableDifference">The |Δ| this many trials would detect with 80 % power; a Δ below it says the benchmark is too small to decide.</param>
/// <param name="TrialsPaired">Trials both rows attempted: the resampling clusters.</param>
/// <param name="TasksUnpaired">Tasks only one of the two rows attempted, left out of Δ.</param>
public sealed record BestComparison(
    double? Delta,
    ConfidenceInterval? DeltaCi95,
    double? PValue,
    double? PValueHolm,
    double? QValueBh,
    double? MinimumDetectableDifference,
    int TrialsPaired,
    int TasksUnpaired)
{
    public static BestComparison From(PairedComparison comparison, double? pValueHolm, double? qValueBh)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new BestComparison(
            comparison.Delta,
            comparison.DeltaCi,
            comparison.PValue,
            pValueHolm,
            qValueBh,
            comparison.MinimumDetectableDifference,
            comparison.TrialsPaired,
            comparison.UnpairedTasks.Count);
    }
}
