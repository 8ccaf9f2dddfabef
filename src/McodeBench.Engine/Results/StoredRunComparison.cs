using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.RunComparisons;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Results;

/// <summary>
/// Run B against run A from their stored results (docs/statistics.md, "Run against run"): both runs' finished tasks are
/// read as <see cref="StoredLeaderboardEntries"/> reads them, so the figures agree with each run's leaderboard, and
/// handed to <see cref="RunComparison"/>. No model is called.
/// </summary>
public static class StoredRunComparison
{
    /// <param name="metric">The metric compared; null uses run A's ranking metric.</param>
    /// <exception cref="KeyNotFoundException">Either run id is not stored; the message names it.</exception>
    public static async Task<StoredRunComparisonResult> BuildAsync(
        RunResultsReader reader,
        string runIdA,
        string runIdB,
        RankingMetric? metric = null,
        StatisticsOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(runIdA);
        ArgumentException.ThrowIfNullOrWhiteSpace(runIdB);
        var runA = await reader.GetRunAsync(runIdA, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No run has the id '{runIdA}' (run A).");
        var runB = await reader.GetRunAsync(runIdB, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No run has the id '{runIdB}' (run B).");
        metric ??= runA.Run.Spec.Ranking;
        var entriesA = await StoredLeaderboardEntries.ReadAsync(reader, runIdA, cancellationToken).ConfigureAwait(false);
        var entriesB = await StoredLeaderboardEntries.ReadAsync(reader, runIdB, cancellationToken).ConfigureAwait(false);
        var comparison = RunComparison.Compute(entriesA, entriesB, metric, options);
        return new StoredRunComparisonResult(runA, runB, comparison, GoldNote(runA, runB));
    }

    /// <summary>
    /// A warning when the runs were scored against different gold (then Δ mixes a model change with a gold change),
    /// from the gold digests stored with each run (docs/persistence.md, "Gold provenance"); null when both record the
    /// same digest or either records none (a run stored before digests existed: nothing to compare).
    /// </summary>
    public static string? GoldNote(RunOverview runA, RunOverview runB)
    {
        ArgumentNullException.ThrowIfNull(runA);
        ArgumentNullException.ThrowIfNull(runB);
        return runA.Run.GoldDigest is { } goldA
            && runB.Run.GoldDigest is { } goldB
            && !string.Equals(goldA, goldB, StringComparison.Ordinal)
                ? $"The runs were scored against different gold ({goldA} in run A, {goldB} in run B): a Δ can come from the gold change, not the model."
                : null;
    }
}
