using McodeBench.Core.Reports;

namespace McodeBench.Core.Statistics.Descriptive;

/// <summary>
/// Mean and median of a per-task figure over the tasks where it is defined (undefined values are left out, never
/// counted as 0); both undefined when no task defines it. The median is the 50th <see cref="Percentile"/>.
/// </summary>
public sealed record FigureSpread(double? Mean, double? Median, int Count)
{
    public static FigureSpread None { get; } = new(null, null, 0);

    public static FigureSpread Of(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var defined = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return defined.Count == 0 ? None : new FigureSpread(defined.Sum() / defined.Count, Percentile.Of(defined, 50), defined.Count);
    }
}
