using McodeBench.Core.Gold;

namespace McodeBench.Core.Tests.Gold;

public sealed class BratTypeMapTests
{
    [Theory]
    [InlineData("Condition", "pregnant", "condition")]
    [InlineData("Drug", "EGFR TKI", "medication")]
    [InlineData("Procedure", "radical prostatectomy", "surgery")]
    [InlineData("Procedure", "Surgical resection", "surgery")]
    [InlineData("Procedure", "external beam radiation", "radiotherapy")]
    [InlineData("Procedure", "chemoradiotherapy", "radiotherapy")]
    [InlineData("Observation", "ECOG", "performance_status")]
    [InlineData("Observation", "Karnofsky performance status", "performance_status")]
    [InlineData("Observation", "estrogen receptors", "biomarker")]
    [InlineData("Observation", "PSA blood test", "biomarker")]
    [InlineData("Procedure", "MRI", null)]
    [InlineData("Procedure", "treatment", null)]
    [InlineData("Observation", "life expectancy", null)]
    [InlineData("Observation", "generation", null)]
    [InlineData("Condition-Name", "NSCLC", null)]
    [InlineData("Eq-Comparison", "at least 18 years", null)]
    public void The_lct_table_maps_triggers_by_type_and_words(string bratType, string text, string? expected)
    {
        Assert.Equal(expected, BratTypeMap.Lct.Map(bratType, text));
    }

    [Fact]
    public void Rules_are_tried_in_order_and_identity_keeps_every_type()
    {
        var map = new BratTypeMap([new BratTypeRule("Drug", "medication", "^chemo"), new BratTypeRule("Drug", "other")]);

        Assert.Equal("medication", map.Map("Drug", "Chemotherapy"));
        Assert.Equal("other", map.Map("Drug", "aspirin"));
        Assert.Null(map.Map("drug", "aspirin"));
        Assert.Equal("genomic_variant", BratTypeMap.Identity.Map("genomic_variant", "KRAS G12C"));
    }

    [Fact]
    public void Rules_are_plain_data()
    {
        var rule = new BratTypeRule("Procedure", "surgery", "surg");

        Assert.Equal(new BratTypeRule("Procedure", "surgery", "surg"), rule);
        Assert.False((rule with { TextPattern = "resect" }).Matches("Procedure", "surgery"));
    }
}
