using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Changes to a prompt library, each returning a new library (libraries are immutable) checked with the library's own
/// validator, so the form shows at each field exactly what saving would refuse.
/// </summary>
public static class PromptLibraryEditing
{
    private static readonly Dictionary<string, string> FieldOfPath = new(StringComparer.Ordinal)
    {
        ["key"] = nameof(PromptDraft.Key),
        ["type"] = nameof(PromptDraft.Type),
        ["version"] = nameof(PromptDraft.Version),
        ["template_file"] = nameof(PromptDraft.Template),
        ["template"] = nameof(PromptDraft.Template),
        ["status"] = nameof(PromptDraft.Status),
        ["tags"] = nameof(PromptDraft.Tags),
        ["default"] = nameof(PromptDraft.IsDefault),
    };

    /// <summary>The library with the draft added (new key) or replacing its original; a default draft takes the default of its type.</summary>
    public static (PromptLibrary? Library, FieldProblems Problems) Apply(PromptLibrary library, PromptDraft draft, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new FieldProblems();
        if (!LibraryKey.IsValid(draft.Key.Trim()))
        {
            problems.Add(nameof(PromptDraft.Key), $"Use {LibraryKey.Rule}.");
        }
        else if (!string.Equals(draft.Key.Trim(), draft.OriginalKey, StringComparison.Ordinal) && library.Contains(draft.Key.Trim()))
        {
            problems.Add(nameof(PromptDraft.Key), $"A prompt '{draft.Key.Trim()}' exists already; choose another key.");
        }

        var definition = draft.ToDefinition();
        foreach (var diagnostic in PromptLibraryValidator.ValidateTemplate(definition.Template, definition.Type, definition.TemplateFile, definition.Key))
        {
            problems.Add(diagnostic with { JsonPath = "template" }, FieldOfPath);
        }

        if (problems.HasErrors)
        {
            return (null, problems);
        }

        var prompts = library.Prompts
            .Where(p => !string.Equals(p.Key, draft.OriginalKey, StringComparison.Ordinal))
            .Select(p => definition.IsDefault && p.Type == definition.Type ? p with { IsDefault = false } : p)
            .Append(definition);
        return Validated(library, prompts, libraryFile, problems);
    }

    public static (PromptLibrary? Library, FieldProblems Problems) Delete(PromptLibrary library, string key, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        return Validated(library, library.Prompts.Where(p => !string.Equals(p.Key, key, StringComparison.Ordinal)), libraryFile, new FieldProblems());
    }

    public static (PromptLibrary? Library, FieldProblems Problems) SetDefault(PromptLibrary library, string key, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        var chosen = library.Get(key);
        return Validated(
            library,
            library.Prompts.Select(p => p.Type != chosen.Type ? p : p with { IsDefault = string.Equals(p.Key, key, StringComparison.Ordinal) }),
            libraryFile,
            new FieldProblems());
    }

    private static (PromptLibrary? Library, FieldProblems Problems) Validated(PromptLibrary library, IEnumerable<PromptDefinition> prompts, string libraryFile, FieldProblems problems)
    {
        PromptLibrary changed;
        try
        {
            changed = new PromptLibrary(prompts, library.Version, library.Name);
        }
        catch (ArgumentException error)
        {
            problems.Add(FieldProblems.General, error.Message);
            return (null, problems);
        }

        foreach (var diagnostic in PromptLibraryValidator.Validate(changed, libraryFile))
        {
            problems.Add(diagnostic, FieldOfPath);
        }

        return (problems.HasErrors ? null : changed, problems);
    }
}
