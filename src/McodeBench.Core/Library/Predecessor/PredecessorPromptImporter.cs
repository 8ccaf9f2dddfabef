using System.Text;
using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library.Storage;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>
/// Imports the predecessor's (mcode_translator) <c>prompts_config.json</c> with its template files into a
/// <see cref="PromptLibrary"/>, to be saved with <see cref="PromptLibraryWriter"/>. Reads v1
/// (<c>prompt_library.prompts.{group}.{category}[]</c>) and v2 (<c>prompts.{category}[]</c> with
/// <c>compatible_pipelines</c>). Templates are translated (doubled braces, placeholder names) but otherwise kept word
/// for word, so results stay comparable with the predecessor's. Entries that cannot be used are reported and left out.
/// </summary>
public static class PredecessorPromptImporter
{
    private static readonly string[] EntryFields =
        ["name", "prompt_type", "prompt_file", "description", "version", "author", "created_date", "status", "default", "tags", "compatible_pipelines"];

    public static LibraryLoadResult<PromptLibrary> Import(string configPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(configPath);
        var diagnostics = new List<Diagnostic>();
        using var document = JsonFile.Read(configPath, "predecessor prompts_config.json", diagnostics);
        if (document is null)
        {
            return new(null, diagnostics);
        }

        var import = new ImportState(configPath, diagnostics);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("prompt_library", out var library) && library.ValueKind == JsonValueKind.Object)
        {
            import.Generation = "v1";
            import.LibraryVersion = library.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString() : null;
            if (!library.TryGetProperty("prompts", out var groups) || groups.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Error(configPath, "$.prompt_library", "The v1 prompt library has no \"prompts\" object.", "Check that this is the predecessor's prompts_config.json."));
                return new(null, diagnostics);
            }

            foreach (var group in groups.EnumerateObject().Where(g => g.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var category in group.Value.EnumerateObject())
                {
                    import.Category(category.Value, JsonPaths.Property(JsonPaths.Property("$.prompt_library.prompts", group.Name), category.Name), category.Name, group.Name);
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("prompts", out var categories) && categories.ValueKind == JsonValueKind.Object)
        {
            import.Generation = "v2";
            foreach (var category in categories.EnumerateObject())
            {
                import.Category(category.Value, JsonPaths.Property("$.prompts", category.Name), category.Name, group: null);
            }
        }
        else
        {
            diagnostics.Add(Diagnostic.Error(configPath, "$", "Neither a v1 (\"prompt_library\") nor a v2 (\"prompts\" object) predecessor prompt configuration.", "Pass the predecessor's prompts/prompts_config.json."));
            return new(null, diagnostics);
        }

        return new(new PromptLibrary(import.Prompts, import.LibraryVersion ?? "1.0.0", configPath), diagnostics);
    }

    private static PromptType? TypeFromPredecessor(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "NLP_EXTRACTION" or "EXTRACTION" => PromptType.Extraction,
        "MCODE_MAPPING" or "MAPPING" => PromptType.Mapping,
        "DIRECT_MCODE" or "DIRECT" => PromptType.Direct,
        _ => null,
    };

    /// <summary>The state of one import: what has been taken so far, so keys and file names stay unique.</summary>
    private sealed class ImportState(string configPath, List<Diagnostic> diagnostics)
    {
        private readonly HashSet<string> templateFiles = new(StringComparer.Ordinal);

        public string Generation { get; set; } = "v1";

        public string? LibraryVersion { get; set; }

        public List<PromptDefinition> Prompts { get; } = [];

        public void Category(JsonElement entries, string path, string categoryName, string? group)
        {
            if (entries.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Diagnostic.Warning(configPath, path, $"\"{categoryName}\" is not a list of prompts and is skipped.", "Check the file's structure."));
                return;
            }

            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var entryPath = $"{path}[{index++}]";
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(Diagnostic.Error(configPath, entryPath, "A prompt entry must be an object; this one is skipped.", "Check the file's structure."));
                    continue;
                }

                if (Entry(new JsonObjectReader(entry, entryPath, configPath, diagnostics, EntryFields), categoryName, group) is { } prompt)
                {
                    Prompts.Add(prompt);
                }
            }
        }

        private PromptDefinition? Entry(JsonObjectReader entry, string categoryName, string? group)
        {
            var name = entry.String("name", "Every predecessor prompt has a \"name\"; add one.");
            var promptFile = entry.String("prompt_file", "Add the template's path as \"prompt_file\".");
            var declared = entry.String("prompt_type");
            var type = TypeFromPredecessor(declared) ?? TypeFromPredecessor(categoryName);
            if (type is null)
            {
                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("prompt_type"), $"Prompt '{name}' has an unknown prompt_type '{declared}' in category '{categoryName}'; it is skipped.", "Use NLP_EXTRACTION, MCODE_MAPPING or DIRECT_MCODE."));
                return null;
            }

            if (declared is not null && TypeFromPredecessor(categoryName) is { } categoryType && categoryType != type)
            {
                diagnostics.Add(Diagnostic.Warning(configPath, entry.PathOf("prompt_type"), $"Prompt '{name}' is a {type.Value.ToWireName()} prompt listed under '{categoryName}'; its prompt_type wins.", "Move the entry to the matching category."));
            }

            if (name is null || promptFile is null)
            {
                return null;
            }

            var key = ImportedKey.For(name, "Prompt", taken => Prompts.Any(p => p.Key == taken), entry, diagnostics);
            var template = ReadTemplate(promptFile, entry, key);
            if (template is null)
            {
                return null;
            }

            var templateFile = UniqueTemplateFile(type.Value, promptFile, key);
            var templateErrors = PromptLibraryValidator.ValidateTemplate(template, type.Value, ResolvedTemplatePath(promptFile), key);
            diagnostics.AddRange(templateErrors);
            if (templateErrors.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("prompt_file"), $"Prompt '{key}' is skipped: its template does not fit a {type.Value.ToWireName()} prompt.", "Fix the template as described above and import again."));
                return null;
            }

            var isDefault = entry.Bool("default") ?? false;
            if (isDefault && Prompts.Any(p => p.Type == type && p.IsDefault))
            {
                diagnostics.Add(Diagnostic.Warning(configPath, entry.PathOf("default"), $"Prompt '{key}' is a second default {type.Value.ToWireName()} prompt; it is imported as not default.", "Choose the default after importing."));
                isDefault = false;
            }

            var tags = entry.Strings("tags").Concat(entry.Strings("compatible_pipelines")).Append("predecessor-" + Generation).Distinct(StringComparer.Ordinal).ToList();
            return new PromptDefinition(
                key,
                type.Value,
                template,
                templateFile,
                entry.String("version") ?? LibraryVersion ?? "1.0.0",
                entry.String("description") ?? string.Empty,
                tags,
                Status(entry, group, isDefault),
                isDefault);
        }

        private string? ReadTemplate(string promptFile, JsonObjectReader entry, string key)
        {
            var path = ResolvedTemplatePath(promptFile);
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("prompt_file"), $"Template '{promptFile}' of prompt '{key}' cannot be read ({error.GetType().Name}); the prompt is skipped.", $"Check that {path} exists next to the configuration file."));
                return null;
            }

            var translated = PredecessorTemplateTranslator.Translate(text, path);
            diagnostics.AddRange(translated.Diagnostics);
            if (translated.HasErrors)
            {
                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("prompt_file"), $"Prompt '{key}' is skipped: its template could not be translated.", "Fix the template as described above and import again."));
                return null;
            }

            return translated.Text;
        }

        private string ResolvedTemplatePath(string promptFile) =>
            Path.Combine(Path.GetDirectoryName(configPath) ?? string.Empty, promptFile.Replace('\\', '/'));

        private string UniqueTemplateFile(PromptType type, string promptFile, string key)
        {
            var fileName = Path.GetFileName(promptFile.Replace('\\', '/'));
            var candidate = $"{type.ToWireName()}/{(LibraryKey.IsValid(Path.GetFileNameWithoutExtension(fileName)) ? fileName : key + ".txt")}";
            if (!templateFiles.Add(candidate))
            {
                candidate = $"{type.ToWireName()}/{key}.txt";
                templateFiles.Add(candidate);
            }

            return candidate;
        }

        private PromptStatus Status(JsonObjectReader entry, string? group, bool isDefault)
        {
            var written = entry.String("status");
            if (written is not null)
            {
                if (PromptStatusNames.FromWireName(written.Trim().ToLowerInvariant()) is { } status)
                {
                    return status;
                }

                diagnostics.Add(Diagnostic.Warning(configPath, entry.PathOf("status"), $"Status '{written}' has no McodeBench counterpart; imported as experimental.", $"Set one of {string.Join(", ", PromptStatusNames.All)} after importing."));
                return PromptStatus.Experimental;
            }

            // v1 groups prompts as production or variations; v2 has no status, and its default prompt was the one in use.
            return group?.ToLowerInvariant() switch
            {
                "production" => PromptStatus.Production,
                "deprecated" => PromptStatus.Deprecated,
                "draft" => PromptStatus.Draft,
                _ when isDefault => PromptStatus.Production,
                _ => PromptStatus.Experimental,
            };
        }
    }
}
