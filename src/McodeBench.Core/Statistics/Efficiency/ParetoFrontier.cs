namespace McodeBench.Core.Statistics.Efficiency;

/// <summary>
/// The Pareto frontier over (rank metric ↑, cost per task ↓, p95 latency ↓): a point is on it when no other point is at
/// least as good on all three and strictly better on one. Points equal on all three do not dominate each other, so
/// exact ties are all on the frontier. A point with an undefined coordinate is never on the frontier and dominates
/// nothing: an undefined metric is not a value to trade off.
/// </summary>
public static class ParetoFrontier
{
    public static IReadOnlySet<TKey> Of<TKey>(IReadOnlyList<ParetoPoint<TKey>> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var defined = points.Where(p => p.RankValue is not null && p.CostPerTask is not null && p.LatencyP95Ms is not null).ToList();
        return defined.Where(candidate => !defined.Any(other => Dominates(other, candidate))).Select(p => p.Key).ToHashSet();
    }

    private static bool Dominates<TKey>(ParetoPoint<TKey> a, ParetoPoint<TKey> b)
    {
        var noWorse = a.RankValue >= b.RankValue && a.CostPerTask <= b.CostPerTask && a.LatencyP95Ms <= b.LatencyP95Ms;
        var better = a.RankValue > b.RankValue || a.CostPerTask < b.CostPerTask || a.LatencyP95Ms < b.LatencyP95Ms;
        return noWorse && better;
    }
}
