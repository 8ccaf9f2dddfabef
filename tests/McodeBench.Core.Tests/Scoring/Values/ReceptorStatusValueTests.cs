using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Tests.Scoring.Values;

public sealed class ReceptorStatusValueTests
{
    [Theory]
    [InlineData("HER2 positive", "her2:positive")]
    [InlineData("HER2-positive", "her2:positive")]
    [InlineData("HER2+", "her2:positive")]
    [InlineData("HER2 3+", "her2:positive")]
    [InlineData("HER2 IHC 3+", "her2:positive")]
    [InlineData("HER2 amplified", "her2:positive")]
    [InlineData("HER2/neu overexpressing", "her2:positive")]
    [InlineData("HER2 2+ and ISH positive", "her2:positive")]
    [InlineData("HER2 negative", "her2:negative")]
    [InlineData("HER2 IHC 0", "her2:negative")]
    [InlineData("HER2 not amplified", "her2:negative")]
    [InlineData("HER2-", "her2:negative")]
    [InlineData("HER2 low", "her2:low")]
    [InlineData("HER2 IHC 1+", "her2:low")]
    [InlineData("ER positive", "er:positive")]
    [InlineData("ER+", "er:positive")]
    [InlineData("ER 90%", "er:positive")]
    [InlineData("ER >= 1%", "er:positive")]
    [InlineData("ER ≥1%", "er:positive")]
    [InlineData("estrogen receptor positive", "er:positive")]
    [InlineData("ER 10% or more", "er:positive")]
    [InlineData("ER negative", "er:negative")]
    [InlineData("ER 0%", "er:negative")]
    [InlineData("ER < 1%", "er:negative")]
    [InlineData("ER-", "er:negative")]
    [InlineData("PR positive", "pr:positive")]
    [InlineData("PgR 50%", "pr:positive")]
    [InlineData("progesterone receptor negative", "pr:negative")]
    [InlineData("HR positive", "hr:positive")]
    [InlineData("hormone receptor-positive", "hr:positive")]
    public void Receptor_values_read_as_a_status(string value, string canonical) =>
        Assert.Equal("marker:" + canonical, ReceptorStatusValue.Canonical(value));

    [Theory]
    [InlineData("HER2 2+")]          // equivocal without ISH
    [InlineData("HER2")]
    [InlineData("ER >= 0.5%")]       // below the 1% cut-off: not a positive threshold
    [InlineData("PD-L1 >= 50%")]     // not a receptor
    [InlineData("ERBB2 mutation")]
    [InlineData("Triple negative")]
    public void Values_that_are_not_a_receptor_status_are_left_to_text(string value) => Assert.Null(ReceptorStatusValue.Canonical(value));

    [Fact]
    public void Low_is_its_own_finding() =>
        Assert.NotEqual(ReceptorStatusValue.Canonical("HER2 low"), ReceptorStatusValue.Canonical("HER2 negative"));
}
