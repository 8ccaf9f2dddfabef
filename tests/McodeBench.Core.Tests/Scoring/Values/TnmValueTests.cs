using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Tests.Scoring.Values;

public sealed class TnmValueTests
{
    [Theory]
    [InlineData("cT2N0M0", "tnm:t2 n0 m0")]
    [InlineData("T2 N0 M0", "tnm:t2 n0 m0")]
    [InlineData("T2, N0, M0", "tnm:t2 n0 m0")]
    [InlineData("M0 N0 T2", "tnm:t2 n0 m0")]
    [InlineData("pT2 pN0", "tnm:t2 n0")]
    [InlineData("cT2", "tnm:t2")]
    [InlineData("ypT0", "tnm:t0")]
    [InlineData("T2", "tnm:t2")]
    [InlineData("pT1cN0", "tnm:t1c n0")]
    [InlineData("T1c", "tnm:t1c")]
    [InlineData("cN0-1", "tnm:n0-1")]
    [InlineData("N0\u20131", "tnm:n0-1")]
    [InlineData("N0(i+)", "tnm:n0(i+)")]
    [InlineData("Tis", "tnm:tis")]
    [InlineData("cM1a", "tnm:m1a")]
    [InlineData("NX", "tnm:nx")]
    public void Tnm_values_read_as_their_categories_without_prefix(string value, string canonical) =>
        Assert.Equal(canonical, TnmValue.Read(value)?.Canonical);

    [Fact]
    public void The_prefix_is_kept_as_an_attribute()
    {
        var value = TnmValue.Read("ypT0 N1")!;
        Assert.Equal(["t0", "n1"], value.Categories);
        Assert.Equal(["yp", ""], value.Prefixes);
    }

    [Theory]
    [InlineData("T1c", "T1")]
    [InlineData("cT2", "cT3")]
    [InlineData("T2N0M0", "T2")]
    public void Different_categories_stay_different(string a, string b) =>
        Assert.NotEqual(TnmValue.Read(a)!.Canonical, TnmValue.Read(b)!.Canonical);

    [Theory]
    [InlineData("stage IIIA")]
    [InlineData("T5")]
    [InlineData("node positive")]
    [InlineData("T2 disease")]
    [InlineData("")]
    public void Values_that_are_not_only_categories_are_left_to_text(string value) => Assert.Null(TnmValue.Read(value));
}
