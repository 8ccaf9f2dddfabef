using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class PromptPayloadTests
{
    [Fact]
    public void Tagged_blocks_are_found_without_the_line_breaks_around_them()
    {
        var payload = PromptPayload.Locate("Read:\n<clinical_text>\nline one\nline two\n</clinical_text>\n<trial_context>\nctx\n</trial_context>");

        Assert.Equal("line one\nline two", payload.ClinicalText);
        Assert.Equal("ctx", payload.TrialContext);
        Assert.Null(payload.EntitiesJson);
        Assert.True(payload.HasClinicalTextTag);
        Assert.False(payload.IsMapping);
    }

    [Fact]
    public void The_last_block_wins_when_instructions_show_an_example()
    {
        Assert.Equal("data", PromptPayload.FindTag("e.g. <entities_json>[]</entities_json> ... <entities_json>data</entities_json>", PromptPayload.EntitiesJsonTag));
        Assert.True(PromptPayload.Locate("<entities_json>[]</entities_json>").IsMapping);
    }

    [Fact]
    public void Without_tags_the_whole_message_is_the_clinical_text()
    {
        var payload = PromptPayload.Locate("Plain text with <clinical_text> but no closing tag");

        Assert.Equal("Plain text with <clinical_text> but no closing tag", payload.ClinicalText);
        Assert.False(payload.HasClinicalTextTag);
    }
}
