using McodeBench.Core.Statistics.Intervals;

namespace McodeBench.Core.Statistics.Sampling;

/// <summary>
/// A figure from summed counts, with exactly <c>OutcomeCounts</c>' arithmetic (so a point equals the leaderboard's to
/// the last bit) but on spans and with NaN for undefined, which keeps the resampling loops free of allocation.
/// </summary>
internal static class MicroFigure
{
    public static double Of(StatisticFigure figure, ReadOnlySpan<int> counts, ReadOnlySpan<double> money)
    {
        var index = (int)figure;
        if (index < (int)StatisticFigure.Compliance)
        {
            var measure = index % 3;
            var start = index < (int)StatisticFigure.MappingStrictPrecision ? index / 3 * 5 : 20 + ((index - 12) / 3 * 5);
            return Measure(measure, counts.Slice(start, 5));
        }

        return figure switch
        {
            StatisticFigure.Compliance => Ratio(counts[CountLayout.CompliancePassing], counts[CountLayout.ComplianceMappings]),
            StatisticFigure.CostPerTask => money[CountLayout.Tasks] == 0 ? double.NaN : money[CountLayout.Cost] / money[CountLayout.Tasks],
            StatisticFigure.WouldBeCostPerTask => money[CountLayout.Tasks] == 0 ? double.NaN : money[CountLayout.WouldBeCost] / money[CountLayout.Tasks],
            StatisticFigure.LatencyMeanMs => money[CountLayout.Tasks] == 0 ? double.NaN : money[CountLayout.LatencyMs] / money[CountLayout.Tasks],
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Unknown figure."),
        };
    }

    /// <summary>Precision (0), recall (1) or F1 (2) of five counts COR, INC, PAR, MIS, SPU.</summary>
    public static double Measure(int measure, ReadOnlySpan<int> c)
    {
        var credit = c[0] + (0.5 * c[2]);
        var act = c[0] + c[1] + c[2] + c[4];
        var pos = c[0] + c[1] + c[2] + c[3];
        var precision = act == 0 ? double.NaN : credit / act;
        var recall = pos == 0 ? double.NaN : credit / pos;
        return measure switch
        {
            0 => precision,
            1 => recall,
            _ => F1(precision, recall),
        };
    }

    public static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    public static double? ToNullable(double value) => double.IsNaN(value) ? null : value;

    private static double F1(double p, double r) => (double.IsNaN(p), double.IsNaN(r)) switch
    {
        (true, true) => double.NaN,
        (true, false) or (false, true) => 0,
        _ when p + r == 0 => 0,
        _ => 2 * p * r / (p + r),
    };
}
