using McodeBench.Core.Library;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>A prompt being created or edited in the form: plain settable fields, turned into a <see cref="PromptDefinition"/> to validate and save.</summary>
public sealed class PromptDraft
{
    /// <summary>The key it had in the library; null for a new (or cloned) prompt.</summary>
    public string? OriginalKey { get; init; }

    public string Key { get; set; } = string.Empty;

    public PromptType Type { get; set; } = PromptType.Extraction;

    public string Version { get; set; } = "1.0.0";

    public string Description { get; set; } = string.Empty;

    /// <summary>Comma-separated.</summary>
    public string Tags { get; set; } = string.Empty;

    public PromptStatus Status { get; set; } = PromptStatus.Draft;

    public string Template { get; set; } = string.Empty;

    public string? TemplateFile { get; set; }

    public bool IsDefault { get; set; }

    public static PromptDraft Edit(PromptDefinition prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return new PromptDraft
        {
            OriginalKey = prompt.Key,
            Key = prompt.Key,
            Type = prompt.Type,
            Version = prompt.Version,
            Description = prompt.Description,
            Tags = string.Join(", ", prompt.Tags),
            Status = prompt.Status,
            Template = prompt.Template,
            TemplateFile = prompt.TemplateFile,
            IsDefault = prompt.IsDefault,
        };
    }

    /// <summary>A copy under a new key, never default, with a template file of its own.</summary>
    public static PromptDraft Clone(PromptDefinition prompt, string newKey)
    {
        var draft = Edit(prompt);
        return new PromptDraft
        {
            Key = newKey,
            Type = draft.Type,
            Version = draft.Version,
            Description = draft.Description,
            Tags = draft.Tags,
            Status = PromptStatus.Draft,
            Template = draft.Template,
        };
    }

    /// <summary>The definition; a new prompt's template goes to <c>TYPE/KEY.txt</c> beside the library file.</summary>
    public PromptDefinition ToDefinition() => new(
        Key.Trim(),
        Type,
        Template,
        TemplateFile ?? $"{Type.ToWireName()}/{LibraryKey.Sanitize(Key)}.txt",
        Version.Trim(),
        Description.Trim(),
        Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Status,
        IsDefault);
}
