using McodeBench.Core.Statistics.Intervals;

namespace McodeBench.Core.Statistics.Comparisons;

/// <summary>
/// A against B on the (trial, repeat) tasks both attempted: Δ = metric(A) − metric(B), each metric the micro figure of
/// the paired tasks' summed counts; a paired cluster-bootstrap interval of Δ; a two-sided approximate-randomization
/// p-value (exact when <see cref="Exact"/>). Null figures are undefined (e.g. nothing paired, or precision with nothing
/// predicted) and shown as "—".
/// </summary>
/// <param name="ValueA">The metric of A on the paired tasks only (it can differ from A's leaderboard figure when tasks are unpaired).</param>
/// <param name="DeltaStandardError">Standard deviation of the bootstrap Δs.</param>
/// <param name="MinimumDetectableDifference">(z₁₋α/₂ + z₀.₈) × SE: the |Δ| this many trials detect with 80 % power (2.80 × SE at α = 0.05).</param>
/// <param name="PValue">Two-sided, from approximate randomization (swap A and B within a trial, all its repeats together).</param>
/// <param name="Exact">True when all 2^n swap assignments were enumerated.</param>
/// <param name="Permutations">Swap assignments evaluated (2^n when exact).</param>
/// <param name="UndefinedResamples">Bootstrap resamples whose Δ was undefined.</param>
/// <param name="TrialsPaired">Trials with at least one paired task: the resampling clusters.</param>
/// <param name="UnpairedTasks">Tasks attempted by one side only, left out.</param>
public sealed record PairedComparison(
    double? ValueA,
    double? ValueB,
    double? Delta,
    ConfidenceInterval? DeltaCi,
    double? DeltaStandardError,
    double? MinimumDetectableDifference,
    double? PValue,
    bool Exact,
    int Permutations,
    int UndefinedResamples,
    int TrialsPaired,
    int TasksPaired,
    IReadOnlyList<UnpairedTask> UnpairedTasks);
