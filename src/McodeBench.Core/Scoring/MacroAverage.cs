namespace McodeBench.Core.Scoring;

/// <summary>A mean of per-trial values over the trials where the value is defined, and how many trials that is.</summary>
public sealed record MacroAverage(double? Mean, int Covered)
{
    public static MacroAverage Of(IEnumerable<double?> values)
    {
        var defined = values.Where(value => value is not null).Select(value => value!.Value).ToList();
        return new MacroAverage(defined.Count == 0 ? null : defined.Sum() / defined.Count, defined.Count);
    }
}
