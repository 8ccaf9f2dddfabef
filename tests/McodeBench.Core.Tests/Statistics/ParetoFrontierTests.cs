using McodeBench.Core.Statistics.Efficiency;

namespace McodeBench.Core.Tests.Statistics;

public sealed class ParetoFrontierTests
{
    [Fact]
    public void Keeps_the_undominated_points_and_exact_ties_and_never_an_undefined_metric()
    {
        ParetoPoint<string>[] points =
        [
            new("A", 0.8, 1.0, 100), // best metric
            new("A2", 0.8, 1.0, 100), // exact tie with A: neither dominates
            new("B", 0.7, 0.5, 100), // cheapest defined point
            new("C", 0.6, 0.6, 50), // fastest
            new("D", 0.6, 0.7, 50), // C is as good everywhere and cheaper
            new("E", 0.5, 2.0, 200), // worse than A on all three
            new("F", null, 0.1, 10), // undefined metric: cheapest and fastest, still not on the frontier
            new("G", 0.9, null, 10), // undefined cost
        ];

        var frontier = ParetoFrontier.Of(points);

        Assert.Equal(["A", "A2", "B", "C"], frontier.Order(StringComparer.Ordinal));
    }
}
