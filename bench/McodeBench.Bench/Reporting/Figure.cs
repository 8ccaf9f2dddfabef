namespace McodeBench.Bench.Reporting;

/// <summary>One measured number of a scenario, with the target it is held against (if any).</summary>
/// <param name="HigherIsBetter">How <see cref="Target"/> reads: at least (true) or at most (false); ignored without a target.</param>
internal sealed record Figure(string Name, double Value, string Unit, double? Target = null, bool HigherIsBetter = true)
{
    public bool? Met => Target is { } target ? (HigherIsBetter ? Value >= target : Value <= target) : null;
}
