using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Sampling;

namespace McodeBench.Core.Statistics.Comparisons;

/// <summary>
/// Two combinations' paired tasks reduced to what one metric needs: per paired trial, eight ints per side (COR, INC,
/// PAR, MIS, SPU of the metric's scheme, or compliance's mappings and passing), summed over the trial's paired repeats.
/// </summary>
internal sealed class PairedSample
{
    public const int Lanes = 8;

    private PairedSample(StatisticFigure figure, string[] trialIds, int[] a, int[] b, int tasksPaired, List<UnpairedTask> unpaired)
    {
        Figure = figure;
        TrialIds = trialIds;
        A = a;
        B = b;
        TasksPaired = tasksPaired;
        Unpaired = unpaired;
    }

    public StatisticFigure Figure { get; }

    public string[] TrialIds { get; }

    public int Clusters => TrialIds.Length;

    /// <summary>Clusters × <see cref="Lanes"/>.</summary>
    public int[] A { get; }

    public int[] B { get; }

    public int TasksPaired { get; }

    public IReadOnlyList<UnpairedTask> Unpaired { get; }

    /// <param name="sideA">How unpaired tasks of <paramref name="a"/> are labelled ("a", or "b" when a caller compares run B against run A).</param>
    public static PairedSample Of(CombinationSample a, CombinationSample b, StatisticFigure figure, string sideA = "a", string sideB = "b")
    {
        if (figure > StatisticFigure.Compliance)
        {
            throw new ArgumentOutOfRangeException(nameof(figure), figure, "Paired tests compare a score (precision, recall, F1 or compliance), not cost or latency.");
        }

        var channels = Channels(figure);
        var partners = new Dictionary<(string Trial, int Repeat), int>();
        for (var t = 0; t < b.Tasks.Length; t++)
        {
            partners[(b.Tasks[t].TrialId, b.Tasks[t].Repeat)] = t;
        }

        var matched = new HashSet<int>();
        var unpaired = new List<UnpairedTask>();
        var trialIds = new List<string>();
        var sumsA = new List<int>();
        var sumsB = new List<int>();
        var tasksPaired = 0;
        for (var t = 0; t < a.Tasks.Length; t++)
        {
            var cell = a.Tasks[t];
            if (!partners.TryGetValue((cell.TrialId, cell.Repeat), out var partner))
            {
                unpaired.Add(new UnpairedTask(cell.TrialId, cell.Repeat, sideA));
                continue;
            }

            matched.Add(partner);
            tasksPaired++;
            if (trialIds.Count == 0 || !string.Equals(trialIds[^1], cell.TrialId, StringComparison.Ordinal))
            {
                trialIds.Add(cell.TrialId);
                sumsA.AddRange(new int[Lanes]);
                sumsB.AddRange(new int[Lanes]);
            }

            var at = (trialIds.Count - 1) * Lanes;
            for (var lane = 0; lane < channels.Length; lane++)
            {
                sumsA[at + lane] += a.TaskCounts[(t * CountLayout.Width) + channels[lane]];
                sumsB[at + lane] += b.TaskCounts[(partner * CountLayout.Width) + channels[lane]];
            }
        }

        for (var t = 0; t < b.Tasks.Length; t++)
        {
            if (!matched.Contains(t))
            {
                unpaired.Add(new UnpairedTask(b.Tasks[t].TrialId, b.Tasks[t].Repeat, sideB));
            }
        }

        var ordered = unpaired.OrderBy(u => u.TrialId, StringComparer.Ordinal).ThenBy(u => u.Repeat).ThenBy(u => u.Side, StringComparer.Ordinal).ToList();
        return new PairedSample(figure, [.. trialIds], [.. sumsA], [.. sumsB], tasksPaired, ordered);
    }

    /// <summary>The metric of eight lanes of summed counts; NaN when undefined.</summary>
    public double Value(ReadOnlySpan<int> lanes) => Figure == StatisticFigure.Compliance
        ? MicroFigure.Ratio(lanes[1], lanes[0])
        : MicroFigure.Measure((int)Figure % 3, lanes[..5]);

    /// <summary>The metric of one side of one cluster (a trial's paired repeats).</summary>
    public double ClusterValue(int[] side, int cluster) => Value(side.AsSpan(cluster * Lanes, Lanes));

    private static int[] Channels(StatisticFigure figure)
    {
        if (figure == StatisticFigure.Compliance)
        {
            return [CountLayout.ComplianceMappings, CountLayout.CompliancePassing];
        }

        var index = (int)figure;
        var start = index < (int)StatisticFigure.MappingStrictPrecision ? index / 3 * 5 : 20 + ((index - 12) / 3 * 5);
        return [start, start + 1, start + 2, start + 3, start + 4];
    }
}
