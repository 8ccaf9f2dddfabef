using McodeBench.Core.Mcode;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Adjustment;
using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Efficiency;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Sampling;
using McodeBench.Core.Statistics.Stability;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Statistics.Leaderboards;

/// <summary>
/// The one entry point for a run's leaderboard statistics: intervals for every figure, the matrix against the best with
/// Holm and Benjamini–Hochberg adjustment, rank bands, cost efficiency, the Pareto frontier and repeat stability.
/// Pure computation on the stored per-task score reports; compute once per finished run (or per leaderboard refresh),
/// never per render. The result does not depend on the order of the entries.
/// </summary>
public static class LeaderboardStatistics
{
    public static LeaderboardStatisticsResult Compute(IEnumerable<LeaderboardEntry> entries, RankingMetric metric, StatisticsOptions? options = null) =>
        Compute(entries, metric, options, EntityTypeAliases.Table, McodeVocabularyLoader.Default);

    /// <param name="types">How predicted entity types are canonicalised for stability (the scorer's normaliser).</param>
    /// <param name="vocabulary">How predicted mapping elements resolve for stability.</param>
    public static LeaderboardStatisticsResult Compute(
        IEnumerable<LeaderboardEntry> entries,
        RankingMetric metric,
        StatisticsOptions? options,
        IEntityTypeNormalizer types,
        McodeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(vocabulary);
        options ??= StatisticsOptions.Default;
        options.Validate();
        var figure = StatisticFigures.For(metric);
        var groups = entries.GroupBy(e => CombinationKey.Of(e.Task)).Select(g => (g.Key, Entries: g.ToList())).ToList();
        var samples = groups.Select(g => CombinationSample.From(g.Key, g.Entries)).ToArray();
        var draws = new ResampleDraws(options.Seed, options.Resamples, options.Shuffles);

        var intervals = new IReadOnlyDictionary<StatisticFigure, FigureInterval>[samples.Length];
        Parallel.For(0, samples.Length, i => intervals[i] = ClusterBootstrap.Intervals(samples[i], draws, options));

        // The leaderboard's order: defined values first, higher first, then prompts and model by name.
        var order = Enumerable.Range(0, samples.Length)
            .OrderBy(i => intervals[i][figure].Point is null ? 1 : 0)
            .ThenByDescending(i => intervals[i][figure].Point)
            .ThenBy(i => samples[i].Key.Prompts, StringComparer.Ordinal)
            .ThenBy(i => samples[i].Key.Model, StringComparer.Ordinal)
            .ThenBy(i => samples[i].Key.Pipeline, StringComparer.Ordinal)
            .ToArray();

        var comparisons = new PairedComparison?[samples.Length];
        if (order.Length > 0)
        {
            var best = samples[order[0]];
            Parallel.For(1, order.Length, r =>
                comparisons[order[r]] = PairedTest.Run(PairedSample.Of(samples[order[r]], best, figure, "row", "best"), draws, options));
        }

        var compared = order.Skip(1).ToArray();
        var holm = PValueAdjustment.Holm(compared.Select(i => comparisons[i]!.PValue).ToList());
        var bh = PValueAdjustment.BenjaminiHochberg(compared.Select(i => comparisons[i]!.PValue).ToList());
        var holmOf = new double?[samples.Length];
        var bhOf = new double?[samples.Length];
        for (var c = 0; c < compared.Length; c++)
        {
            holmOf[compared[c]] = holm[c];
            bhOf[compared[c]] = bh[c];
        }

        var tied = new bool[samples.Length];
        for (var r = 0; r < order.Length; r++)
        {
            tied[order[r]] = r == 0 || holmOf[order[r]] >= options.Alpha;
        }

        var lowestTiedRank = Enumerable.Range(0, order.Length).Where(r => tied[order[r]]).DefaultIfEmpty(0).Max() + 1;
        var latencyP95 = samples.Select(s => Percentile.Of(s.TaskLatencyMs, 95)).ToArray();
        var pareto = ParetoFrontier.Of(Enumerable.Range(0, samples.Length)
            .Select(i => new ParetoPoint<int>(i, intervals[i][figure].Point, intervals[i][StatisticFigure.CostPerTask].Point, latencyP95[i]))
            .ToList());

        var stability = new RepeatStability?[samples.Length];
        Parallel.For(0, samples.Length, i => stability[i] = RepeatStabilityAnalysis.Of(groups[i].Entries, types, vocabulary));

        var rows = order.Select((i, r) => new CombinationStatistics(
            samples[i].Key,
            r + 1,
            samples[i].Clusters,
            samples[i].Tasks.Length,
            intervals[i][figure],
            intervals[i],
            comparisons[i],
            holmOf[i],
            bhOf[i],
            tied[i],
            tied[i] && lowestTiedRank > 1 ? $"1–{lowestTiedRank}" : (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Efficiency(groups[i].Entries, samples[i], metric, intervals[i][figure].Point),
            latencyP95[i],
            pareto.Contains(i),
            stability[i])).ToList();
        return new LeaderboardStatisticsResult(metric, options, rows);
    }

    private static CostEfficiency Efficiency(List<LeaderboardEntry> entries, CombinationSample sample, RankingMetric metric, double? rankValue)
    {
        var (counts, _) = sample.Totals();
        return CostEfficiency.Of(
            entries.Sum(e => e.Usage.Cost),
            entries.Sum(e => e.Usage.WouldBeCost),
            counts[CountLayout.EntityBase(metric.Scheme)],
            entries.Count,
            rankValue);
    }
}
