namespace McodeBench.Core.Reports;

/// <summary>Percentiles by linear interpolation between closest ranks (the common "type 7" definition, as in numpy and Excel).</summary>
public static class Percentile
{
    /// <summary>The <paramref name="percent"/>-th percentile (0–100) of the values, or null when there are none.</summary>
    public static double? Of(IEnumerable<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = percent / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
