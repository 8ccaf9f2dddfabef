using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Tests.Scoring.Values;

public sealed class DrugIngredientValueTests
{
    [Theory]
    [InlineData("trastuzumab", "224905")]
    [InlineData("Herceptin", "224905")]
    [InlineData("trastuzumab (Herceptin)", "224905")]
    [InlineData("Kadcyla", "1371041")]
    [InlineData("T-DM1", "1371041")]
    [InlineData("ado\u2011trastuzumab emtansine", "1371041")]
    [InlineData("Perjeta", "1298944")]
    public void Known_names_read_as_their_rxnorm_ingredient(string value, string rxcui) =>
        Assert.Equal("rxnorm:" + rxcui, DrugIngredientValue.Canonical(value, DrugIngredientTable.Default));

    [Theory]
    [InlineData("trastuzumab deruxtecan")]  // in the baseline's dictionary, but with no RxNorm code
    [InlineData("PARP inhibitor")]
    [InlineData("trastuzumab (Perjeta)")]   // two different ingredients
    [InlineData("")]
    public void Unknown_names_are_left_to_text(string value) =>
        Assert.Null(DrugIngredientValue.Canonical(value, DrugIngredientTable.Default));

    [Fact]
    public void The_table_holds_every_name_of_the_shipped_data() =>
        Assert.True(DrugIngredientTable.Default.NameCount >= 68, $"only {DrugIngredientTable.Default.NameCount} names");
}
