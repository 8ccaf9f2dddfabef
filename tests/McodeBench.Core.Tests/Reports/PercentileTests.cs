using McodeBench.Core.Reports;

namespace McodeBench.Core.Tests.Reports;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(50, 25.0)] // between 20 and 30
    [InlineData(0, 10.0)]
    [InlineData(100, 40.0)]
    [InlineData(95, 38.5)] // position 2.85: 30 + 0.85 × 10
    public void Interpolates_between_closest_ranks(double percent, double expected)
    {
        Assert.Equal(expected, Percentile.Of([40, 10, 30, 20], percent)!.Value, 10);
    }

    [Fact]
    public void Is_undefined_without_values()
    {
        Assert.Null(Percentile.Of([], 50));
    }

    [Fact]
    public void One_value_is_every_percentile()
    {
        Assert.Equal(7.0, Percentile.Of([7], 95));
    }
}
