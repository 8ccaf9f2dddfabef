using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Adjustment;
using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Sampling;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.RunComparisons;

/// <summary>
/// Run against run: combinations paired by (pipeline, prompts, model), tasks by (trial, repeat), each row a paired
/// comparison (Δ = run B − run A) with p-values adjusted by Holm and Benjamini–Hochberg across the rows.
/// </summary>
public static class RunComparison
{
    public static RunComparisonResult Compute(IEnumerable<LeaderboardEntry> runA, IEnumerable<LeaderboardEntry> runB, RankingMetric metric, StatisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runA);
        ArgumentNullException.ThrowIfNull(runB);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= StatisticsOptions.Default;
        options.Validate();
        var figure = StatisticFigures.For(metric);
        var samplesA = Samples(runA);
        var samplesB = Samples(runB);
        var keys = samplesA.Keys.Intersect(samplesB.Keys).OrderBy(k => k.Pipeline, StringComparer.Ordinal)
            .ThenBy(k => k.Prompts, StringComparer.Ordinal).ThenBy(k => k.Model, StringComparer.Ordinal).ToArray();
        var draws = new ResampleDraws(options.Seed, options.Resamples, options.Shuffles);
        var paired = keys.Select(key => PairedSample.Of(samplesB[key], samplesA[key], figure, "b", "a")).ToArray();
        var comparisons = new PairedComparison[keys.Length];
        Parallel.For(0, keys.Length, i => comparisons[i] = PairedTest.Run(paired[i], draws, options));

        var holm = PValueAdjustment.Holm(comparisons.Select(c => c.PValue).ToList());
        var bh = PValueAdjustment.BenjaminiHochberg(comparisons.Select(c => c.PValue).ToList());
        var rows = keys.Select((key, i) => new RunComparisonRow(
            key,
            comparisons[i],
            holm[i],
            bh[i],
            ChangeOf(comparisons[i].Delta, holm[i], options.Alpha),
            Flips(paired[i], options.TrialFlipsListed))).ToList();
        return new RunComparisonResult(metric, rows, Missing(samplesA, samplesB), Missing(samplesB, samplesA));
    }

    private static Dictionary<CombinationKey, CombinationSample> Samples(IEnumerable<LeaderboardEntry> entries) =>
        entries.GroupBy(e => CombinationKey.Of(e.Task)).ToDictionary(g => g.Key, g => CombinationSample.From(g.Key, g));

    private static List<CombinationKey> Missing(Dictionary<CombinationKey, CombinationSample> from, Dictionary<CombinationKey, CombinationSample> other) =>
        from.Keys.Where(k => !other.ContainsKey(k)).OrderBy(k => k.Pipeline, StringComparer.Ordinal)
            .ThenBy(k => k.Prompts, StringComparer.Ordinal).ThenBy(k => k.Model, StringComparer.Ordinal).ToList();

    private static RunChange ChangeOf(double? delta, double? holm, double alpha) => (delta, holm) switch
    {
        (null, _) or (_, null) => RunChange.Undefined,
        (_, { } p) when p >= alpha => RunChange.NoSignificantChange,
        ({ } d, _) when d > 0 => RunChange.Improvement,
        ({ } d, _) when d < 0 => RunChange.Regression,
        _ => RunChange.NoSignificantChange,
    };

    /// <summary>Per trial, the metric of run B's and run A's paired repeats; the largest moves first.</summary>
    private static List<TrialFlip> Flips(PairedSample sample, int listed) =>
        Enumerable.Range(0, sample.Clusters)
            .Select(i => (Trial: sample.TrialIds[i], B: sample.ClusterValue(sample.A, i), A: sample.ClusterValue(sample.B, i)))
            .Where(t => !double.IsNaN(t.A) && !double.IsNaN(t.B) && t.B != t.A)
            .OrderByDescending(t => Math.Abs(t.B - t.A))
            .ThenBy(t => t.Trial, StringComparer.Ordinal)
            .Take(listed)
            .Select(t => new TrialFlip(t.Trial, t.A, t.B, t.B - t.A))
            .ToList();
}
