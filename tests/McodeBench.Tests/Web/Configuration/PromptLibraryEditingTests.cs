using McodeBench.Core.Library;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Configuration;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.Configuration;

public sealed class PromptLibraryEditingTests
{
    [Fact]
    public async Task A_template_without_its_required_placeholder_is_refused_at_the_template_field()
    {
        var library = await LibraryAsync();
        var draft = new PromptDraft { Key = "extract-new", Type = PromptType.Extraction, Template = "Extract entities. No placeholder here." };

        var (changed, problems) = PromptLibraryEditing.Apply(library, draft, "prompts.json");

        Assert.Null(changed);
        Assert.Contains("clinical_text", problems.For(nameof(PromptDraft.Template)), StringComparison.Ordinal);
        Assert.Null(problems.For(nameof(PromptDraft.Key)));
    }

    [Fact]
    public async Task A_taken_or_malformed_key_is_refused_at_the_key_field()
    {
        var library = await LibraryAsync();

        var taken = PromptLibraryEditing.Apply(library, new PromptDraft { Key = "extract-concise", Template = "{clinical_text}" }, "prompts.json");
        var malformed = PromptLibraryEditing.Apply(library, new PromptDraft { Key = "Has Spaces", Template = "{clinical_text}" }, "prompts.json");

        Assert.Contains("exists already", taken.Problems.For(nameof(PromptDraft.Key)), StringComparison.Ordinal);
        Assert.NotNull(malformed.Problems.For(nameof(PromptDraft.Key)));
    }

    [Fact]
    public async Task A_new_default_takes_over_the_default_of_its_type()
    {
        var library = await LibraryAsync();
        var draft = new PromptDraft { Key = "extract-new", Type = PromptType.Extraction, Template = "Find entities in {clinical_text}", IsDefault = true };

        var (changed, problems) = PromptLibraryEditing.Apply(library, draft, "prompts.json");

        Assert.False(problems.HasErrors, problems.For(FieldProblems.General));
        Assert.Equal("extract-new", changed!.DefaultFor(PromptType.Extraction)!.Key);
        Assert.Single(changed.Prompts, p => p.IsDefault && p.Type == PromptType.Extraction);
    }

    private static async Task<PromptLibrary> LibraryAsync()
    {
        await using var environment = await WebTestEnvironment.CreateAsync(TestContext.Current.CancellationToken);
        return environment.Engine.Workspace.Prompts;
    }
}
