namespace McodeBench.Core.Library.Storage;

/// <summary>
/// One prompt entry as written in a file (or taken from an in-memory library), before validation: fields a reader
/// could not read are null and have already been reported.
/// </summary>
/// <param name="Index">Position in <c>$.prompts</c>, for JSON paths.</param>
/// <param name="TemplateText">The template's text, or null when the file could not be found or read.</param>
internal sealed record PromptEntryDraft(
    int Index,
    string? Key,
    string? Type,
    string? TemplateFile,
    string? TemplateText,
    string Version,
    string Description,
    IReadOnlyList<string> Tags,
    string? Status,
    bool IsDefault)
{
    public string PathOf(string field) => $"$.prompts[{Index}].{field}";
}
