using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Sampling;

namespace McodeBench.Core.Statistics.Strata;

/// <summary>
/// The same cluster-bootstrap intervals as the leaderboard, per stratum of trials. The caller says which stratum each
/// trial is in (condition, phase, <see cref="TextLengthTertiles"/>...); trials it does not place go to
/// <see cref="Unassigned"/>. Each stratum is resampled on its own trials only.
/// </summary>
public static class StratifiedStatistics
{
    public const string Unassigned = "(unassigned)";

    /// <returns>Rows ordered by combination (pipeline, prompts, model) and then stratum, ordinal.</returns>
    public static IReadOnlyList<StratumStatistics> Compute(
        IEnumerable<LeaderboardEntry> entries,
        IReadOnlyDictionary<string, string> stratumByTrial,
        StatisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(stratumByTrial);
        options ??= StatisticsOptions.Default;
        options.Validate();
        var draws = new ResampleDraws(options.Seed, options.Resamples, options.Shuffles);
        var cells = entries
            .GroupBy(e => CombinationKey.Of(e.Task))
            .OrderBy(g => g.Key.Pipeline, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Prompts, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Model, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var sample = CombinationSample.From(g.Key, g);
                return sample.TrialIds
                    .Select(StratumOf)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .Select(stratum => (Stratum: stratum, Sample: sample.Restrict(trial => StratumOf(trial) == stratum)));
            })
            .ToArray();

        var rows = new StratumStatistics[cells.Length];
        Parallel.For(0, cells.Length, i =>
        {
            var (stratum, sample) = cells[i];
            var tooFew = sample.Clusters < options.MinTrialsPerStratum;
            rows[i] = new StratumStatistics(
                sample.Key,
                stratum,
                sample.Clusters,
                sample.Tasks.Length,
                tooFew,
                tooFew ? null : ClusterBootstrap.Intervals(sample, draws, options));
        });
        return rows;

        string StratumOf(string trialId) => stratumByTrial.TryGetValue(trialId, out var stratum) ? stratum : Unassigned;
    }
}
