using McodeBench.Core.Reports;
using McodeBench.Core.Statistics.Leaderboards;

namespace McodeBench.Core.Statistics.Sampling;

/// <summary>
/// One combination's tasks in the compact form resampling needs: per task and per trial (cluster) the 32 counts of
/// <see cref="CountLayout"/> and the money/latency doubles, trials sorted by id (so input order never matters) and a
/// trial's repeats summed together. A task without a score report (no gold, or failed before any model call) adds
/// no counts, as in <c>Leaderboard</c>, but does count for cost, latency and tasks.
/// </summary>
internal sealed class CombinationSample
{
    private CombinationSample(CombinationKey key, string[] trialIds, int[] clusterCounts, double[] clusterMoney, TaskCell[] tasks, int[] taskCounts, double[] taskLatencyMs)
    {
        Key = key;
        TrialIds = trialIds;
        ClusterCounts = clusterCounts;
        ClusterMoney = clusterMoney;
        Tasks = tasks;
        TaskCounts = taskCounts;
        TaskLatencyMs = taskLatencyMs;
    }

    public CombinationKey Key { get; }

    /// <summary>Trial ids, ordinal order; index = cluster.</summary>
    public string[] TrialIds { get; }

    public int Clusters => TrialIds.Length;

    /// <summary>Clusters × <see cref="CountLayout.Width"/>.</summary>
    public int[] ClusterCounts { get; }

    /// <summary>Clusters × <see cref="CountLayout.MoneyWidth"/>.</summary>
    public double[] ClusterMoney { get; }

    /// <summary>Tasks sorted by (trial, repeat).</summary>
    public TaskCell[] Tasks { get; }

    /// <summary>Tasks × <see cref="CountLayout.Width"/>, in <see cref="Tasks"/> order.</summary>
    public int[] TaskCounts { get; }

    public double[] TaskLatencyMs { get; }

    public static CombinationSample From(CombinationKey key, IEnumerable<LeaderboardEntry> entries)
    {
        var ordered = entries
            .OrderBy(e => e.Task.TrialId, StringComparer.Ordinal)
            .ThenBy(e => e.Task.RepeatIndex)
            .ToList();
        var trialIds = ordered.Select(e => e.Task.TrialId).Distinct(StringComparer.Ordinal).ToArray();
        var clusterCounts = new int[trialIds.Length * CountLayout.Width];
        var clusterMoney = new double[trialIds.Length * CountLayout.MoneyWidth];
        var tasks = new TaskCell[ordered.Count];
        var taskCounts = new int[ordered.Count * CountLayout.Width];
        var latencies = new double[ordered.Count];
        var cluster = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (cluster < 0 || !string.Equals(trialIds[cluster], entry.Task.TrialId, StringComparison.Ordinal))
            {
                cluster++;
            }
            else if (tasks[i - 1].Repeat == entry.Task.RepeatIndex)
            {
                throw new ArgumentException(
                    $"{key}: trial {entry.Task.TrialId}, repeat {entry.Task.RepeatIndex} appears twice; each (trial, repeat) may appear once per combination.",
                    nameof(entries));
            }

            tasks[i] = new TaskCell(cluster, entry.Task.RepeatIndex, entry.Task.TrialId);
            var counts = taskCounts.AsSpan(i * CountLayout.Width, CountLayout.Width);
            if (entry.Score is { } score)
            {
                CountLayout.Write(score.Report, counts);
            }

            var target = clusterCounts.AsSpan(cluster * CountLayout.Width, CountLayout.Width);
            for (var c = 0; c < CountLayout.Width; c++)
            {
                target[c] += counts[c];
            }

            latencies[i] = entry.Usage.Latency.TotalMilliseconds;
            var money = clusterMoney.AsSpan(cluster * CountLayout.MoneyWidth, CountLayout.MoneyWidth);
            money[CountLayout.Cost] += (double)entry.Usage.Cost;
            money[CountLayout.WouldBeCost] += (double)entry.Usage.WouldBeCost;
            money[CountLayout.LatencyMs] += latencies[i];
            money[CountLayout.Tasks] += 1;
        }

        return new CombinationSample(key, trialIds, clusterCounts, clusterMoney, tasks, taskCounts, latencies);
    }

    /// <summary>The counts summed over every task (the leaderboard's micro counts) and the money totals.</summary>
    public (int[] Counts, double[] Money) Totals()
    {
        var counts = new int[CountLayout.Width];
        var money = new double[CountLayout.MoneyWidth];
        for (var cluster = 0; cluster < Clusters; cluster++)
        {
            for (var c = 0; c < CountLayout.Width; c++)
            {
                counts[c] += ClusterCounts[(cluster * CountLayout.Width) + c];
            }

            for (var m = 0; m < CountLayout.MoneyWidth; m++)
            {
                money[m] += ClusterMoney[(cluster * CountLayout.MoneyWidth) + m];
            }
        }

        return (counts, money);
    }

    /// <summary>A copy restricted to some trials (a stratum), built from the same cells.</summary>
    public CombinationSample Restrict(Func<string, bool> keepTrial)
    {
        var keep = Enumerable.Range(0, Clusters).Where(c => keepTrial(TrialIds[c])).ToArray();
        var newIndex = new Dictionary<int, int>();
        for (var i = 0; i < keep.Length; i++)
        {
            newIndex[keep[i]] = i;
        }

        var clusterCounts = keep.SelectMany(c => ClusterCounts.AsSpan(c * CountLayout.Width, CountLayout.Width).ToArray()).ToArray();
        var clusterMoney = keep.SelectMany(c => ClusterMoney.AsSpan(c * CountLayout.MoneyWidth, CountLayout.MoneyWidth).ToArray()).ToArray();
        var taskIndexes = Enumerable.Range(0, Tasks.Length).Where(t => newIndex.ContainsKey(Tasks[t].Cluster)).ToArray();
        var tasks = taskIndexes.Select(t => Tasks[t] with { Cluster = newIndex[Tasks[t].Cluster] }).ToArray();
        var taskCounts = taskIndexes.SelectMany(t => TaskCounts.AsSpan(t * CountLayout.Width, CountLayout.Width).ToArray()).ToArray();
        return new CombinationSample(Key, keep.Select(c => TrialIds[c]).ToArray(), clusterCounts, clusterMoney, tasks, taskCounts, taskIndexes.Select(t => TaskLatencyMs[t]).ToArray());
    }
}
