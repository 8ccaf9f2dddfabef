using System.Diagnostics;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Statistics;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Issue 9's speed target: every statistic of a 50-combination × 1,000-trial × 3-repeat run (2,000 resamples, 9,999
/// shuffles per comparison with the best, stability) in under 5 s. Timed twice: the first includes JIT compilation.
/// <c>--tasks N</c> sets the number of trials.
/// </summary>
internal sealed class StatisticsSpeedScenario : IBenchScenario
{
    public string Name => "statistics-speed";

    public string Summary => "LeaderboardStatistics.Compute on 50 combinations × 1,000 trials × 3 repeats: wall time";

    public Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        const int combinations = 50;
        const int repeats = 3;
        var trials = settings.Tasks ?? 1000;
        var entries = SyntheticScores.Run(combinations, trials, repeats, seed: 9);
        GC.Collect();

        var cold = Stopwatch.StartNew();
        var result = LeaderboardStatistics.Compute(entries, RankingMetric.Default, StatisticsOptions.Default);
        cold.Stop();
        var warm = Stopwatch.StartNew();
        LeaderboardStatistics.Compute(entries, RankingMetric.Default, StatisticsOptions.Default);
        warm.Stop();

        // CPU time is the fairer figure on a shared machine: wall time there includes waiting for a core.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        LeaderboardStatistics.Compute(entries, RankingMetric.Default, StatisticsOptions.Default);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // The same without most shuffles, and without most resamples too: what the permutation tests and the
        // bootstraps cost, by difference.
        var fewShuffles = Stopwatch.StartNew();
        LeaderboardStatistics.Compute(entries, RankingMetric.Default, StatisticsOptions.Default with { Shuffles = 99 });
        fewShuffles.Stop();
        var fewBoth = Stopwatch.StartNew();
        LeaderboardStatistics.Compute(entries, RankingMetric.Default, StatisticsOptions.Default with { Shuffles = 99, Resamples = 100 });
        fewBoth.Stop();

        var tied = result.Rows.Count(r => r.TiedWithBest);
        Figure[] figures =
        [
            new("tasks", entries.Count, "tasks"),
            new("all statistics, first call", cold.Elapsed.TotalSeconds, "s", 5, HigherIsBetter: false),
            new("all statistics, second call", warm.Elapsed.TotalSeconds, "s", 5, HigherIsBetter: false),
            new("all statistics, third call, process CPU time", cpu.TotalSeconds, "s"),
            new("with 99 shuffles", fewShuffles.Elapsed.TotalSeconds, "s"),
            new("with 99 shuffles and 100 resamples", fewBoth.Elapsed.TotalSeconds, "s"),
            new("rows tied with the best", tied, "rows"),
        ];
        var setup = $"{combinations} combinations × {trials} trials × {repeats} repeats; {StatisticsOptions.Default.Resamples} resamples, {StatisticsOptions.Default.Shuffles} shuffles; {Environment.ProcessorCount} cores";
        return Task.FromResult(new ScenarioResult(Name, "direct", setup, figures, []));
    }
}
