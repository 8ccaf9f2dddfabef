using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class TnmSplittingTests
{
    private static readonly RulesExtractor Extractor = new();

    [Fact]
    public void A_packed_group_splits_into_three_categories_that_share_its_prefix()
    {
        const string text = "Clinical stage cT3N2M1a breast cancer";
        var extraction = Extractor.Extract(text);

        var tnm = extraction.Entities.Where(e => e.Type == "tnm").ToList();
        Assert.Equal(["cT3", "N2", "M1a"], tnm.Select(e => e.Text));
        Assert.Equal(["cT3", "N2", "M1a"], tnm.Select(e => text[e.Start..e.End]));
        Assert.Equal(
            [("TNMPrimaryTumorCategory", "cT3"), ("TNMRegionalNodesCategory", "cN2"), ("TNMDistantMetastasesCategory", "cM1a")],
            extraction.Mappings.Where(m => tnm.Any(e => e.Id == m.EntityId)).Select(m => (m.Element, m.Value)));
        Assert.Equal("1228938002", extraction.Mappings.First(m => m.Value == "cT3").Code?.Code);
    }

    [Theory]
    [InlineData("T2N1M0", "T2|N1|M0")]
    [InlineData("pT1bN0", "pT1b|N0")]
    [InlineData("ypT0N0(i+)", "ypT0|N0(i+)")]
    [InlineData("(cT1-3, cN0-1, M0)", "cT1-3|cN0-1|M0")]
    [InlineData("bone scan or CT (M1)", "M1")]
    [InlineData("T1cN1-2 tumors", "T1c|N1-2")]
    [InlineData("TNM stage T2", "T2")]
    public void Categories_are_found_where_the_context_makes_them_tnm(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Extractor.Extract(text).Entities.Where(e => e.Type == "tnm").Select(e => e.Text));
    }

    [Theory]
    [InlineData("T2-weighted MRI of the brain")]
    [InlineData("T1 weighted images")]
    [InlineData("EGFR T790M mutation")]
    [InlineData("M1 macrophages and N2 gas")]
    public void Lone_categories_without_context_are_not_tnm(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text).Entities, e => e.Type == "tnm");
    }
}
