namespace McodeBench.Core.Scoring;

/// <summary>
/// One scheme aggregated over tasks: micro (counts summed over trials and repeats, P/R/F1 from the sums), macro
/// (mean of per-trial figures, a trial's repeats summed first) and the spread of micro figures across repeats.
/// </summary>
public sealed record SchemeAggregate(OutcomeCounts Micro, MacroScore Macro, RepeatScore Repeats)
{
    /// <summary>Aggregates (trial, repeat, counts) observations; the result does not depend on their order.</summary>
    public static SchemeAggregate Of(IEnumerable<(string TrialId, int Repeat, OutcomeCounts Counts)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var list = observations.ToList();
        var micro = list.Aggregate(OutcomeCounts.Zero, (sum, o) => sum.Add(o.Counts));

        // Sorted groups keep floating-point sums identical whatever order the tasks came in.
        var perTrial = list.GroupBy(o => o.TrialId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Aggregate(OutcomeCounts.Zero, (sum, o) => sum.Add(o.Counts)))
            .ToList();
        var macro = new MacroScore(
            MacroAverage.Of(perTrial.Select(c => c.Precision)),
            MacroAverage.Of(perTrial.Select(c => c.Recall)),
            MacroAverage.Of(perTrial.Select(c => c.F1)),
            perTrial.Count);

        var perRepeat = list.GroupBy(o => o.Repeat)
            .OrderBy(group => group.Key)
            .Select(group => group.Aggregate(OutcomeCounts.Zero, (sum, o) => sum.Add(o.Counts)))
            .ToList();
        var repeats = new RepeatScore(
            RepeatStatistic.Of(perRepeat.Select(c => c.Precision)),
            RepeatStatistic.Of(perRepeat.Select(c => c.Recall)),
            RepeatStatistic.Of(perRepeat.Select(c => c.F1)));

        return new SchemeAggregate(micro, macro, repeats);
    }
}
