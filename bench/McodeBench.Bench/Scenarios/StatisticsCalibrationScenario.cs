using McodeBench.Bench.Reporting;
using McodeBench.Bench.Statistics;
using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Comparisons;
using McodeBench.Core.Statistics.Leaderboards;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Issue 9's calibration check on a known noise process (<see cref="NoisyExtraction"/>): over many replications of a
/// small benchmark (40 trials × 3 repeats), how often the 95 % cluster-bootstrap interval of entity F1 covers the
/// process's F1 (measured on 20,000 trials), and how often the paired test between two identically configured models
/// rejects at α = 0.05. Targets: coverage 93–97 %, false-positive rate 3–7 %. <c>--tasks N</c> sets the replications.
/// </summary>
internal sealed class StatisticsCalibrationScenario : IBenchScenario
{
    private const int Trials = 40;
    private const int Repeats = 3;
    private const int ReferenceTrials = 20_000;

    public string Name => "statistics-calibration";

    public string Summary => "Coverage of the 95 % bootstrap interval and false-positive rate of the paired test on a known noise process";

    public Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var replications = settings.Tasks ?? 1000;
        var process = new NoisyExtraction();
        var metric = RankingMetric.Default;

#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var referenceRandom = new Random(2026);
        var reference = Enumerable.Range(0, ReferenceTrials)
            .Select(t => process.Task(NoisyExtraction.Trial($"R{t:D6}", referenceRandom), "m", 0, referenceRandom))
            .ToList();
        var truth = Leaderboard.ValueOf(McodeBench.Core.Scoring.ScoreAggregator.Aggregate(reference.Select(e => e.Score!), McodeBench.Core.Scoring.AggregateView.AllAttempts), metric)!.Value;

        int covered = 0, below = 0, above = 0, withheld = 0, rejections = 0, tested = 0;
        var widths = new List<double>();
        var options = StatisticsOptions.Default;
        for (var rep = 0; rep < replications && !cancellationToken.IsCancellationRequested; rep++)
        {
            var random = new Random(10_000 + rep);
            var trials = Enumerable.Range(0, Trials).Select(t => NoisyExtraction.Trial($"T{rep:D4}-{t:D2}", random)).ToList();
            var a = trials.SelectMany(trial => Enumerable.Range(0, Repeats).Select(r => process.Task(trial, "a", r, random))).ToList();
            var b = trials.SelectMany(trial => Enumerable.Range(0, Repeats).Select(r => process.Task(trial, "b", r, random))).ToList();
#pragma warning restore CA5394

            var row = LeaderboardStatistics.Compute(a, metric, options).Rows[0];
            if (row.RankValue.Interval is { } interval)
            {
                widths.Add(interval.Upper - interval.Lower);
                if (interval.Contains(truth))
                {
                    covered++;
                }
                else if (truth < interval.Lower)
                {
                    below++;
                }
                else
                {
                    above++;
                }
            }
            else
            {
                withheld++;
            }

            if (PairedTest.Compare(a, b, metric, options).PValue is { } p)
            {
                tested++;
                rejections += p < options.Alpha ? 1 : 0;
            }
        }

        var intervals = replications - withheld;
        Figure[] figures =
        [
            new("replications", replications, "runs"),
            new("process entity F1 (type), 20,000 trials", truth, ""),
            new("95 % interval coverage", 100.0 * covered / Math.Max(1, intervals), "%", 93),
            new("coverage upper bound", 97, "%"),
            new("truth below the interval", 100.0 * below / Math.Max(1, intervals), "%"),
            new("truth above the interval", 100.0 * above / Math.Max(1, intervals), "%"),
            new("intervals withheld (undefined)", withheld, "runs"),
            new("mean interval width", widths.Count == 0 ? double.NaN : widths.Average(), ""),
            new("paired-test false-positive rate at 0.05", 100.0 * rejections / Math.Max(1, tested), "%", 7, HigherIsBetter: false),
        ];
        var setup = $"{Trials} trials × {Repeats} repeats per replication, entity F1 (type scheme), {options.Resamples} resamples, {options.Shuffles} shuffles";
        return Task.FromResult(new ScenarioResult(Name, "direct", setup, figures, ["Coverage target 93–97 %; false-positive target 3–7 %."]));
    }
}
