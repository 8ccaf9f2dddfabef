using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Saves a prompt library: the JSON file plus one text file per template, relative to it. The library is validated
/// first and nothing is written when it has errors; each file is written to a temporary file and moved into place,
/// templates before the JSON, so the stored library is never half-written or pointing at a template not yet there.
/// </summary>
public static class PromptLibraryWriter
{
    /// <summary>Writes the library; returns the warnings (errors throw before anything is written).</summary>
    /// <exception cref="LibraryValidationException">The library has errors; nothing was written.</exception>
    public static IReadOnlyList<Diagnostic> Save(PromptLibrary library, string path)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var diagnostics = PromptLibraryValidator.Validate(library, path);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new LibraryValidationException(diagnostics);
        }

        foreach (var prompt in library.Prompts)
        {
            AtomicFile.WriteAllText(TemplatePath.Resolve(path, prompt.TemplateFile)!, prompt.Template);
        }

        AtomicFile.WriteAllText(path, ToJson(library));
        return diagnostics;
    }

    /// <summary>The library file's JSON (templates are referenced, not embedded).</summary>
    public static string ToJson(PromptLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return LibraryJsonWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", PromptLibraryLoader.Format);
            writer.WriteString("version", library.Version);
            writer.WriteStartArray("prompts");
            foreach (var prompt in library.Prompts)
            {
                WritePrompt(writer, prompt);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WritePrompt(Utf8JsonWriter writer, PromptDefinition prompt)
    {
        writer.WriteStartObject();
        writer.WriteString("key", prompt.Key);
        writer.WriteString("type", prompt.Type.ToWireName());
        writer.WriteString("template_file", TemplatePath.Normalize(prompt.TemplateFile));
        writer.WriteString("version", prompt.Version);
        writer.WriteString("description", prompt.Description);
        writer.WriteStartArray("tags");
        foreach (var tag in prompt.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteString("status", prompt.Status.ToWireName());
        if (prompt.IsDefault)
        {
            writer.WriteBoolean("default", true);
        }

        writer.WriteEndObject();
    }
}
