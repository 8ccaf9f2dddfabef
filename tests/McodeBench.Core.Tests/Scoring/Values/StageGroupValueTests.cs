using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Tests.Scoring.Values;

public sealed class StageGroupValueTests
{
    [Theory]
    [InlineData("Stage IIIA", "stage:iiia")]
    [InlineData("IIIA", "stage:iiia")]
    [InlineData("stage 3A", "stage:iiia")]
    [InlineData("AJCC stage IIIA", "stage:iiia")]
    [InlineData("Stage IV", "stage:iv")]
    [InlineData("stage II or III", "stage:ii,iii")]
    [InlineData("Stage II-III", "stage:ii,iii")]
    [InlineData("stage II\u2013IV", "stage:ii,iii,iv")]
    [InlineData("III, II", "stage:ii,iii")]
    [InlineData("IIIA-IIIC", "stage:iiia,iiib,iiic")]
    [InlineData("stage 0", "stage:0")]
    [InlineData("FIGO stage III", "stage:figo:iii")]
    [InlineData("Ann Arbor stage II", "stage:annarbor:ii")]
    [InlineData("ISS stage I", "stage:iss:i")]
    public void Stage_values_read_as_the_stages_they_name(string value, string canonical) =>
        Assert.Equal(canonical, StageGroupValue.Canonical(value));

    [Fact]
    public void A_named_system_is_part_of_the_value() =>
        Assert.NotEqual(StageGroupValue.Canonical("FIGO stage III"), StageGroupValue.Canonical("stage III"));

    [Theory]
    [InlineData("Extensive stage")]
    [InlineData("stage IIIA-IV")]
    [InlineData("advanced")]
    [InlineData("")]
    public void Values_that_do_not_read_as_stages_are_left_to_text(string value) => Assert.Null(StageGroupValue.Canonical(value));
}
