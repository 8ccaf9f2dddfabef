namespace McodeBench.Core.Statistics.Intervals;

/// <summary>A two-sided interval; serialises as <c>{lower, upper}</c>.</summary>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
