namespace McodeBench.Core.Library;

/// <summary>One prompt of the prompt library. <see cref="Template"/> is the loaded template text with named placeholders.</summary>
/// <param name="Key">Unique key used on the command line and in run specs, e.g. <c>extract-structured</c>.</param>
/// <param name="TemplateFile">Template path relative to the library file, as stored in the library JSON.</param>
public sealed record PromptDefinition(
    string Key,
    PromptType Type,
    string Template,
    string TemplateFile,
    string Version,
    string Description,
    IReadOnlyList<string> Tags,
    PromptStatus Status,
    bool IsDefault);
