using McodeBench.Core.Statistics.Descriptive;

namespace McodeBench.Core.Tests.Statistics.Descriptive;

public sealed class FigureSpreadTests
{
    [Fact]
    public void Undefined_values_are_left_out_not_counted_as_zero()
    {
        var spread = FigureSpread.Of([1.0, null, 0.5, 0.0, null]);

        Assert.Equal(3, spread.Count);
        Assert.Equal(0.5, spread.Mean);
        Assert.Equal(0.5, spread.Median);
    }

    [Fact]
    public void The_median_of_an_even_count_interpolates_between_the_middle_values()
    {
        var spread = FigureSpread.Of([0.25, 1.0]);

        Assert.Equal(0.625, spread.Mean);
        Assert.Equal(0.625, spread.Median);
    }

    [Fact]
    public void Nothing_defined_leaves_mean_and_median_undefined()
    {
        Assert.Equal(FigureSpread.None, FigureSpread.Of([null, null]));
        Assert.Null(FigureSpread.Of([]).Mean);
    }
}
