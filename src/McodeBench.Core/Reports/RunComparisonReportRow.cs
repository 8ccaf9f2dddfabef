using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.RunComparisons;

namespace McodeBench.Core.Reports;

/// <summary>
/// One combination present in both runs, flat as the CLI's <c>compare --json-summary</c> and <c>GET /api/compare</c>
/// write it: Δ = run B − run A of the metric on the (trial, repeat) tasks both runs attempted. Null is undefined.
/// </summary>
/// <param name="ValueA">Run A's metric on the paired tasks only.</param>
/// <param name="PValue">Two-sided approximate-randomization p (swaps within a trial, its repeats together).</param>
/// <param name="PValueHolm">Adjusted by Holm across the rows of this comparison.</param>
/// <param name="QValueBh">Adjusted by Benjamini–Hochberg across the same rows.</param>
/// <param name="TasksUnpaired">Tasks only one run attempted, left out of Δ.</param>
/// <param name="Flips">The trials whose metric moved most (largest |Δ| first).</param>
public sealed record RunComparisonReportRow(
    string Pipeline,
    string Prompts,
    string Model,
    bool Simulated,
    double? ValueA,
    double? ValueB,
    double? Delta,
    ConfidenceInterval? DeltaCi95,
    double? PValue,
    double? PValueHolm,
    double? QValueBh,
    bool Exact,
    int TrialsPaired,
    int TasksPaired,
    int TasksUnpaired,
    RunChange Change,
    IReadOnlyList<TrialFlip> Flips)
{
    public static RunComparisonReportRow From(RunComparisonRow row, bool simulated)
    {
        ArgumentNullException.ThrowIfNull(row);
        var comparison = row.Comparison;

        // The statistics layer's side A is run B (so its Δ is B − A); name the values after the runs here.
        return new RunComparisonReportRow(
            row.Key.Pipeline,
            row.Key.Prompts,
            row.Key.Model,
            simulated,
            comparison.ValueB,
            comparison.ValueA,
            comparison.Delta,
            comparison.DeltaCi,
            comparison.PValue,
            row.PValueHolm,
            row.QValueBh,
            comparison.Exact,
            comparison.TrialsPaired,
            comparison.TasksPaired,
            comparison.UnpairedTasks.Count,
            row.Change,
            row.Flips);
    }
}
