namespace McodeBench.Core.Scoring;

/// <summary>
/// Mean and sample standard deviation (n − 1) of one figure across repeats, over the repeats where it is defined;
/// the deviation is undefined with fewer than two.
/// </summary>
public sealed record RepeatStatistic(double? Mean, double? StandardDeviation, int Repeats)
{
    public static RepeatStatistic Of(IEnumerable<double?> values)
    {
        var defined = values.Where(value => value is not null).Select(value => value!.Value).ToList();
        if (defined.Count == 0)
        {
            return new RepeatStatistic(null, null, 0);
        }

        var mean = defined.Sum() / defined.Count;
        double? deviation = defined.Count < 2
            ? null
            : Math.Sqrt(defined.Sum(value => (value - mean) * (value - mean)) / (defined.Count - 1));
        return new RepeatStatistic(mean, deviation, defined.Count);
    }
}
