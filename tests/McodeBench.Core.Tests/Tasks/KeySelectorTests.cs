using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Tasks;

public sealed class KeySelectorTests
{
    private static readonly (string Key, string[] Tags)[] Models =
    [
        ("gpt-4o-mini", ["openai", "cheap"]),
        ("gpt-4o", ["openai"]),
        ("claude-haiku", ["anthropic", "cheap"]),
        ("llama3-8b", ["local"]),
        ("rules-baseline", ["baseline"]),
    ];

    [Theory]
    [InlineData("gpt-4o", new[] { "gpt-4o" })]
    [InlineData("GPT-4O", new[] { "gpt-4o" })]
    [InlineData("gpt-*", new[] { "gpt-4o", "gpt-4o-mini" })]
    [InlineData("*b*", new[] { "llama3-8b", "rules-baseline" })]
    [InlineData("gpt-4?", new[] { "gpt-4o" })]
    [InlineData("tag:cheap", new[] { "claude-haiku", "gpt-4o-mini" })]
    [InlineData("TAG:Cheap", new[] { "claude-haiku", "gpt-4o-mini" })]
    public void Selectors_pick_keys_globs_and_tags(string selector, string[] expected)
    {
        var (selected, unknown) = Select([selector]);

        Assert.Empty(unknown);
        Assert.Equal(expected, selected);
    }

    [Fact]
    public void Exact_keys_keep_their_order_and_duplicates_are_dropped()
    {
        var (selected, _) = Select(["rules-baseline", "gpt-*", "gpt-4o", "tag:openai"]);

        Assert.Equal(["rules-baseline", "gpt-4o", "gpt-4o-mini"], selected);
    }

    [Fact]
    public void Unknown_selectors_are_all_reported_with_close_matches()
    {
        var (_, unknown) = Select(["gpt4o", "mistral-*", "tag:chep", "zzzzzzzz"]);

        Assert.Equal(4, unknown.Count);
        Assert.Equal(["gpt-4o"], unknown[0].CloseMatches);
        Assert.Equal("unknown model 'gpt4o' (did you mean gpt-4o?)", unknown[0].ToString());
        Assert.Equal("model pattern 'mistral-*' matches no model (the model keys are claude-haiku, gpt-4o, gpt-4o-mini, llama3-8b, rules-baseline)", unknown[1].ToString());
        Assert.Equal(["tag:cheap"], unknown[2].CloseMatches);
        Assert.Empty(unknown[3].CloseMatches);
    }

    [Fact]
    public void A_key_with_no_close_match_lists_the_keys_there_are()
    {
        var (_, unknown) = Select(["zzzzzzzz", "tag:nowhere"]);

        Assert.Equal("unknown model 'zzzzzzzz' (the model keys are claude-haiku, gpt-4o, gpt-4o-mini, llama3-8b, rules-baseline)", unknown[0].ToString());
        Assert.Equal("model tag 'nowhere' is on no model (the model tags are anthropic, baseline, cheap, local, openai)", unknown[1].ToString());
    }

    [Fact]
    public void Patterns_stay_within_their_scope_but_exact_keys_do_not()
    {
        var (selected, _) = KeySelector.Select(["*", "rules-baseline"], Models, m => m.Key, m => m.Tags, "model", m => m.Key.StartsWith("gpt", StringComparison.Ordinal));

        Assert.Equal(["gpt-4o", "gpt-4o-mini", "rules-baseline"], selected.Select(m => m.Key));
    }

    [Theory]
    [InlineData("a*c", "abc", true)]
    [InlineData("a*c", "ac", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("a.c", "abc", false)]
    [InlineData("nct0*", "NCT01234", true)]
    public void Globs_match_whole_keys_with_regex_characters_taken_literally(string pattern, string key, bool matches)
    {
        Assert.Equal(matches, KeySelector.GlobMatches(pattern, key));
    }

    private static (List<string> Selected, IReadOnlyList<UnknownSelector> Unknown) Select(string[] selectors)
    {
        var (selected, unknown) = KeySelector.Select(selectors, Models, m => m.Key, m => m.Tags, "model");
        return (selected.Select(m => m.Key).ToList(), unknown);
    }
}
