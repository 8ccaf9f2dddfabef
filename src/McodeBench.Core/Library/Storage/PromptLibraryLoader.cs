using System.Text;
using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Loads a prompt library file (<c>"format": "mcodebench-prompts"</c>) and its template files, reporting every problem
/// at once. The library is returned only when there is no error, so a run never starts on a half-valid library.
/// </summary>
public static class PromptLibraryLoader
{
    public const string Format = "mcodebench-prompts";

    internal static readonly string[] RootFields = ["format", "version", "prompts"];

    internal static readonly string[] EntryFields = ["key", "type", "template_file", "version", "description", "tags", "status", "default"];

    public static LibraryLoadResult<PromptLibrary> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var diagnostics = new List<Diagnostic>();
        using var document = JsonFile.Read(path, "prompt library", diagnostics);
        if (document is null)
        {
            return new(null, diagnostics);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(path, "$", "A prompt library must be a JSON object.", $"Start the file with {{\"format\": \"{Format}\", \"version\": \"1.0.0\", \"prompts\": [ … ]}}."));
            return new(null, diagnostics);
        }

        if (root.TryGetProperty("prompt_library", out _) || (root.TryGetProperty("prompts", out var predecessorPrompts) && predecessorPrompts.ValueKind == JsonValueKind.Object))
        {
            diagnostics.Add(Diagnostic.Error(path, "$", "This looks like a predecessor (mcode_translator) prompts_config.json, not a McodeBench prompt library.", "Import it with PredecessorPromptImporter (CLI: prompts import) and save the result, then load the saved library."));
            return new(null, diagnostics);
        }

        var reader = new JsonObjectReader(root, "$", path, diagnostics, RootFields);
        LibraryFileRules.CheckFormat(reader, Format, "prompt", ModelLibraryLoader.Format, "model", diagnostics);
        var version = reader.String("version");
        if (version is null && !reader.Has("version"))
        {
            diagnostics.Add(Diagnostic.Warning(path, "$", "The library has no \"version\"; it is read as version 1.0.0.", "Add \"version\": \"1.0.0\" and raise it whenever prompts change, so results can name the library version they used."));
        }

        var items = reader.ObjectItems("prompts", "Add \"prompts\": [ … ] with one object per prompt.");
        var drafts = items is null ? [] : items.Select(item => ReadEntry(item.Index, item.Item, path, diagnostics)).ToList();
        diagnostics.AddRange(PromptLibraryValidator.Check(drafts, path));
        if (diagnostics.Any(d => d.IsError) || items is null)
        {
            return new(null, diagnostics);
        }

        var prompts = drafts.Select(d => new PromptDefinition(
            d.Key!,
            PromptTypeNames.FromWireName(d.Type)!.Value,
            d.TemplateText!,
            TemplatePath.Normalize(d.TemplateFile!),
            d.Version,
            d.Description,
            d.Tags,
            PromptStatusNames.FromWireName(d.Status) ?? PromptStatus.Draft,
            d.IsDefault));
        return new(new PromptLibrary(prompts, version ?? "1.0.0", path), diagnostics);
    }

    private static PromptEntryDraft ReadEntry(int index, JsonElement item, string path, List<Diagnostic> diagnostics)
    {
        var entry = new JsonObjectReader(item, $"$.prompts[{index}]", path, diagnostics, EntryFields);
        var key = entry.String("key", "Add \"key\": a unique name such as \"extract-structured\" (" + LibraryKey.Rule + ").");
        var type = entry.String("type", $"Add \"type\": one of {string.Join(", ", PromptTypeNames.All)}.");
        var templateFile = entry.String("template_file", "Add \"template_file\": the template's path relative to this file, e.g. \"extraction/structured.txt\".");
        var tags = entry.Strings("tags");
        var status = entry.String("status");
        var isDefault = entry.Bool("default") ?? false;
        return new PromptEntryDraft(
            index,
            key,
            type,
            templateFile,
            templateFile is null ? null : ReadTemplate(path, templateFile),
            entry.String("version") ?? "1.0.0",
            entry.String("description") ?? string.Empty,
            tags,
            status,
            isDefault);
    }

    private static string? ReadTemplate(string libraryFile, string templateFile)
    {
        var full = TemplatePath.Resolve(libraryFile, templateFile);
        if (full is null || !File.Exists(full))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(full, Encoding.UTF8);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
