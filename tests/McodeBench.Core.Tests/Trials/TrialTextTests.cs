using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

public sealed class TrialTextTests
{
    private static readonly TrialText Text = new(
        "NCT0",
        "Title\n\nInclusion: HER2-positive",
        [new SectionOffset("brief_title", 0, 5), new SectionOffset("eligibility", 7, 24)]);

    [Fact]
    public void A_range_inside_one_section_maps_to_section_relative_offsets_and_back()
    {
        var span = Text.ToSpan(18, 31);

        Assert.Equal(new TextSpan("eligibility", 11, 24), span);
        Assert.Equal("HER2-positive", Text.TextAt(span!));
    }

    [Fact]
    public void A_range_across_sections_has_no_span()
    {
        Assert.Null(Text.ToSpan(3, 10));
    }

    [Fact]
    public void A_span_of_a_section_that_was_not_assembled_has_no_text()
    {
        Assert.Null(Text.TextAt(new TextSpan("keywords", 0, 3)));
        Assert.Null(Text.TextAt(new TextSpan("eligibility", 20, 40)));
    }
}
