using McodeBench.Core.Library;

namespace McodeBench.Core.Tests.Library;

public sealed class PromptLibraryTests
{
    private static readonly PromptLibrary Library = new(
        [
            Prompt("extract-structured", PromptType.Extraction, isDefault: true),
            Prompt("extract-concise", PromptType.Extraction),
            Prompt("map-coded", PromptType.Mapping, isDefault: true),
        ],
        "1.0.0",
        "prompts.json");

    [Fact]
    public void An_unknown_key_lists_close_matches()
    {
        var error = Assert.Throws<LibraryKeyNotFoundException>(() => Library.Get("extract-structred"));

        Assert.Equal("extract-structred", error.Key);
        Assert.Equal("extract-structured", error.Suggestions[0]);
        Assert.Contains("extract-structured", error.Message, StringComparison.Ordinal);
        Assert.Contains("prompts.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_with_no_close_match_lists_the_known_keys()
    {
        var error = Assert.Throws<LibraryKeyNotFoundException>(() => Library.Get("zzzzzzzzzzzz"));

        Assert.Empty(error.Suggestions);
        Assert.Contains("extract-structured, extract-concise, map-coded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Looks_up_by_key_and_finds_the_default_per_type()
    {
        Assert.Equal(PromptType.Mapping, Library.Get("map-coded").Type);
        Assert.Equal("extract-structured", Library.DefaultFor(PromptType.Extraction)!.Key);
        Assert.Null(Library.DefaultFor(PromptType.Direct));
        Assert.Equal(["extract-structured", "extract-concise"], Library.OfType(PromptType.Extraction).Select(p => p.Key));
        Assert.False(Library.TryGet("missing", out _));
    }

    [Fact]
    public void Duplicate_keys_cannot_be_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new PromptLibrary([Prompt("a", PromptType.Direct), Prompt("a", PromptType.Mapping)]));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_defaults_of_one_type_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => new PromptLibrary([Prompt("a", PromptType.Direct, true), Prompt("b", PromptType.Direct, true)]));
    }

    internal static PromptDefinition Prompt(string key, PromptType type, bool isDefault = false)
    {
        var text = type == PromptType.Mapping
            ? "<entities_json>\n{entities_json}\n</entities_json>\n<trial_context>\n{trial_context}\n</trial_context>\n"
            : "<clinical_text>\n{clinical_text}\n</clinical_text>\n";
        return new PromptDefinition(key, type, text, $"{type.ToWireName()}/{key}.txt", "1.0.0", "about " + key, ["t"], PromptStatus.Production, isDefault);
    }
}
