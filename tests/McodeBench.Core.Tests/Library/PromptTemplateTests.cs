using McodeBench.Core.Library;

namespace McodeBench.Core.Tests.Library;

public sealed class PromptTemplateTests
{
    [Fact]
    public void Finds_placeholders_and_leaves_json_braces_alone()
    {
        var template = new PromptTemplate("Return {\"entities\": []} for <clinical_text>{clinical_text}</clinical_text> {clinical_text}");

        Assert.Equal(["clinical_text"], template.Placeholders);
        Assert.Equal("Return {\"entities\": []} for <clinical_text>A</clinical_text> A", template.Render(new Dictionary<string, string> { ["clinical_text"] = "A" }));
    }

    [Fact]
    public void Doubled_braces_are_not_placeholders()
    {
        Assert.Empty(new PromptTemplate("{{clinical_text}}").Placeholders);
    }

    [Fact]
    public void Reports_missing_and_unknown_placeholders_per_type()
    {
        var template = new PromptTemplate("Map {entity_json} using {trial_context}");

        Assert.Equal(["entities_json"], template.MissingFor(PromptType.Mapping));
        Assert.Equal(["entity_json"], template.UnknownFor(PromptType.Mapping));
    }

    [Fact]
    public void Rendering_without_a_value_names_the_placeholder()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new PromptTemplate("{trial_context}").Render(new Dictionary<string, string>()));

        Assert.Contains("{trial_context}", error.Message, StringComparison.Ordinal);
    }
}
