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
/// Builds <see cref="LeaderboardStatisticsResult"/> one combination at a time. A leaderboard read back from storage
/// holds one combination's score reports at once, not the run's: <see cref="Add"/> keeps only the compact counts,
/// the cost totals and the repeat stability of each combination, so memory grows with combinations × trials, not with
/// the reports' alignments. <see cref="Build"/> then ranks, resamples and compares across combinations.
/// </summary>
public sealed class LeaderboardStatisticsBuilder
{
    private readonly List<Prepared> combinations = [];
    private readonly HashSet<CombinationKey> seen = [];
    private readonly RankingMetric metric;
    private readonly StatisticsOptions options;
    private readonly IEntityTypeNormalizer types;
    private readonly McodeVocabulary vocabulary;

    public LeaderboardStatisticsBuilder(RankingMetric metric, StatisticsOptions? options = null)
        : this(metric, options, EntityTypeAliases.Table, McodeVocabularyLoader.Default)
    {
    }

    /// <param name="types">How predicted entity types are canonicalised for stability (the scorer's normaliser).</param>
    /// <param name="vocabulary">How predicted mapping elements resolve for stability.</param>
    public LeaderboardStatisticsBuilder(RankingMetric metric, StatisticsOptions? options, IEntityTypeNormalizer types, McodeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.metric = metric;
        this.options = options ?? StatisticsOptions.Default;
        this.options.Validate();
        this.types = types;
        this.vocabulary = vocabulary;
    }

    /// <summary>Adds every task of one or more combinations; a combination must come whole, in one call.</summary>
    public LeaderboardStatisticsBuilder Add(IEnumerable<LeaderboardEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var groups = entries.GroupBy(e => CombinationKey.Of(e.Task)).Select(g => (g.Key, Entries: g.ToList())).ToList();
        foreach (var (key, _) in groups)
        {
            if (!seen.Add(key))
            {
                throw new ArgumentException($"{key} was added twice; add each combination's tasks in one call.", nameof(entries));
            }
        }

        // Each combination is prepared on its own (compact counts, repeat stability), so a whole run given at once is
        // prepared in parallel.
        var prepared = new Prepared[groups.Count];
        Parallel.For(0, groups.Count, i =>
        {
            var (key, list) = groups[i];
            prepared[i] = new Prepared(
                CombinationSample.From(key, list),
                list.Sum(e => e.Usage.Cost),
                list.Sum(e => e.Usage.WouldBeCost),
                RepeatStabilityAnalysis.Of(list, types, vocabulary));
        });
        combinations.AddRange(prepared);
        return this;
    }

    public LeaderboardStatisticsResult Build()
    {
        var figure = StatisticFigures.For(metric);
        var samples = combinations.Select(c => c.Sample).ToArray();
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
            Efficiency(combinations[i], intervals[i][figure].Point),
            latencyP95[i],
            pareto.Contains(i),
            combinations[i].Stability)).ToList();
        return new LeaderboardStatisticsResult(metric, options, rows);
    }

    private CostEfficiency Efficiency(Prepared combination, double? rankValue)
    {
        var (counts, _) = combination.Sample.Totals();
        return CostEfficiency.Of(
            combination.Cost,
            combination.WouldBeCost,
            counts[CountLayout.EntityBase(metric.Scheme)],
            combination.Sample.Tasks.Length,
            rankValue);
    }

    private sealed record Prepared(CombinationSample Sample, decimal Cost, decimal WouldBeCost, RepeatStability? Stability);
}
