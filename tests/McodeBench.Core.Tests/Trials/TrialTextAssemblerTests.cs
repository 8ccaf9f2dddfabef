using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

public sealed class TrialTextAssemblerTests
{
    private static readonly Trial Trial = new(
        "NCT1",
        "Title",
        [
            new TrialSection(SectionNames.BriefTitle, "HER2 study"),
            new TrialSection(SectionNames.Eligibility, "Inclusion Criteria:\r\n* HER2-positive\n• ECOG 0-1"),
            new TrialSection(SectionNames.Conditions, "Breast Cancer"),
        ],
        ["Breast Cancer"],
        [],
        []);

    [Fact]
    public void Default_order_puts_a_header_line_above_each_section_and_a_blank_line_between()
    {
        var text = TrialTextAssembler.Assemble(Trial);

        Assert.Equal(
            "Brief Title:\nHER2 study\n\nConditions:\nBreast Cancer\n\nEligibility Criteria:\nInclusion Criteria:\r\n* HER2-positive\n• ECOG 0-1",
            text.Text);
        Assert.Equal([SectionNames.BriefTitle, SectionNames.Conditions, SectionNames.Eligibility], text.Sections.Select(s => s.Name));
    }

    [Fact]
    public void Section_offsets_start_after_the_header_so_section_relative_spans_map_exactly()
    {
        var text = TrialTextAssembler.Assemble(Trial);
        var eligibility = Trial.FindSection(SectionNames.Eligibility)!.Text;
        var start = eligibility.IndexOf("HER2-positive", StringComparison.Ordinal);
        var span = new TextSpan(SectionNames.Eligibility, start, start + "HER2-positive".Length);

        Assert.Equal("HER2-positive", text.TextAt(span));
        Assert.Equal(span, text.ToSpan(text.ToGlobalStart(span)!.Value, text.ToGlobalStart(span)!.Value + span.Length));
        foreach (var offset in text.Sections)
        {
            Assert.EndsWith(":\n", text.Text[..offset.Start], StringComparison.Ordinal);
            Assert.Equal(Trial.FindSection(offset.Name)!.Text, text.Text.Substring(offset.Start, offset.Length));
        }
    }

    [Fact]
    public void A_given_order_is_followed_and_absent_sections_are_skipped()
    {
        var text = TrialTextAssembler.Assemble(Trial, [SectionNames.Eligibility, SectionNames.Keywords, SectionNames.BriefTitle, SectionNames.Eligibility]);

        Assert.Equal([SectionNames.Eligibility, SectionNames.BriefTitle], text.Sections.Select(s => s.Name));
        Assert.StartsWith("Eligibility Criteria:\nInclusion", text.Text, StringComparison.Ordinal);
        Assert.Equal(22, text.Sections[0].Start);
    }

    [Fact]
    public void An_unknown_section_name_is_an_error_that_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => TrialTextAssembler.Assemble(Trial, ["eligibilty"]));

        Assert.Contains("'eligibilty'", error.Message, StringComparison.Ordinal);
        Assert.Contains(SectionNames.Eligibility, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_the_trial_has_under_a_custom_name_gets_a_readable_header()
    {
        var trial = Trial with { Sections = [new TrialSection("arm_groups", "Arm A")] };

        Assert.Equal("Arm groups:\nArm A", TrialTextAssembler.Assemble(trial, ["arm_groups"]).Text);
    }
}
