using McodeBench.Core.Library;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Adds imported entries to a library: entries whose key is taken are skipped (and listed), imported defaults do not
/// replace the library's, and imported templates get files of their own beside the library (<c>TYPE/KEY.txt</c>).
/// </summary>
public static class LibraryMerge
{
    public static (IReadOnlyList<PromptDefinition> Prompts, IReadOnlyList<string> Skipped) Prompts(PromptLibrary into, PromptLibrary imported)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(imported);
        var skipped = imported.Prompts.Where(p => into.Contains(p.Key)).Select(p => p.Key).ToList();
        var added = imported.Prompts.Where(p => !into.Contains(p.Key))
            .Select(p => p with { IsDefault = false, TemplateFile = $"{p.Type.ToWireName()}/{p.Key}.txt" });
        return (into.Prompts.Concat(added).ToList(), skipped);
    }

    public static (IReadOnlyList<ModelDefinition> Models, IReadOnlyList<string> Skipped) Models(ModelLibrary into, ModelLibrary imported)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(imported);
        var skipped = imported.Models.Where(m => into.Contains(m.Key)).Select(m => m.Key).ToList();
        return (into.Models.Concat(imported.Models.Where(m => !into.Contains(m.Key))).ToList(), skipped);
    }
}
