using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

public sealed class EligibilityCriteriaSplitterTests
{
    [Theory]
    [InlineData("Inclusion Criteria:", Criterion.Inclusion)]
    [InlineData("INCLUSION CRITERIA", Criterion.Inclusion)]
    [InlineData("* INCLUSION CRITERIA:", Criterion.Inclusion)]
    [InlineData("**Exclusion Criteria:**", Criterion.Exclusion)]
    [InlineData("Key Exclusion Criteria", Criterion.Exclusion)]
    [InlineData("  key inclusion criteria:  ", Criterion.Inclusion)]
    [InlineData("Phase 1: Exclusion Criteria:", Criterion.Exclusion)]
    [InlineData("Exclusion Criteria (Phases 1 and 2)", Criterion.Exclusion)]
    [InlineData("Phase 2a Expansion Group 1 (Extremity STS): Inclusion", Criterion.Inclusion)]
    [InlineData("Additional non-inclusion criteria for subjects of cohort 1:", Criterion.Exclusion)]
    [InlineData("INCLUSION FOR APHERESIS:", Criterion.Inclusion)]
    [InlineData("* ATEZOLIZUMAB-RELATED EXCLUSION CRITERIA:", Criterion.Exclusion)]
    [InlineData("Inclusion/Exclusion Criteria:", Criterion.None)]
    [InlineData("Interventions:", Criterion.None)]
    [InlineData("## Brief Summary: A phase 2 trial", Criterion.None)]
    public void Recognises_header_lines(string line, Criterion expected)
    {
        Assert.Equal(expected, EligibilityCriteriaSplitter.HeaderCriterion(line));
    }

    [Theory]
    [InlineData("* Patient free from any new treatment or diet at the time of the inclusion,")]
    [InlineData("14. Demonstrate adequate organ function within 7 days of inclusion")]
    [InlineData("2. Have a mammogram exclusion modifier in Health Maintenance")]
    [InlineData("* Inclusion date: Date of relapse leading to initiation of palbociclib")]
    [InlineData("- Patients who meet all the inclusion criteria listed in the protocol of study ABC-123 and signed consent.")]
    [InlineData("Histologically confirmed breast cancer")]
    [InlineData("16. Has cardiac dysfunction as defined by any of the following prior to inclusion:")]
    [InlineData("A subject was not be eligible for inclusion in this study if any of the following criteria apply:")]
    [InlineData("* Conditions: adequate organ function")]
    [InlineData("")]
    public void Does_not_mistake_criteria_for_headers(string line)
    {
        Assert.Null(EligibilityCriteriaSplitter.HeaderCriterion(line));
    }

    [Fact]
    public void Splits_text_into_ranges_that_start_at_their_header_lines()
    {
        const string text = "Adults only.\nInclusion Criteria:\n- HER2-positive\n\nExclusion Criteria:\n- Pregnancy\n";

        var layout = EligibilityCriteriaSplitter.Split(text);

        Assert.Equal(
            [
                new CriterionRange(Criterion.None, 0, 13, null),
                new CriterionRange(Criterion.Inclusion, 13, 50, "Inclusion Criteria:"),
                new CriterionRange(Criterion.Exclusion, 50, text.Length, "Exclusion Criteria:"),
            ],
            layout.Ranges);
        Assert.Equal(Criterion.Inclusion, layout.CriterionAt(text.IndexOf("HER2", StringComparison.Ordinal)));
        Assert.Equal(Criterion.Exclusion, layout.CriterionOf(new TextSpan(SectionNames.Eligibility, text.IndexOf("Pregnancy", StringComparison.Ordinal), text.Length - 1)));
        Assert.Equal(Criterion.None, layout.CriterionAt(2));
        Assert.Equal(Criterion.None, layout.CriterionAt(text.Length + 5));
    }

    [Fact]
    public void Text_without_headers_is_one_range_without_criterion()
    {
        const string text = "Women aged 18 or over\nwith breast cancer";
        var layout = EligibilityCriteriaSplitter.Split(text);

        Assert.Equal([new CriterionRange(Criterion.None, 0, text.Length, null)], layout.Ranges);
        Assert.False(layout.HasInclusion || layout.HasExclusion);
        Assert.Empty(EligibilityCriteriaSplitter.Split(string.Empty).Ranges);
    }

    [Fact]
    public void Windows_line_endings_do_not_change_the_ranges()
    {
        const string text = "Inclusion Criteria:\r\n* A\r\nExclusion Criteria:\r\n* B";

        var layout = EligibilityCriteriaSplitter.Split(text);

        Assert.Equal([Criterion.Inclusion, Criterion.Exclusion], layout.Ranges.Select(r => r.Criterion));
        Assert.Equal(text.IndexOf("Exclusion", StringComparison.Ordinal), layout.Ranges[1].Start);
    }
}
