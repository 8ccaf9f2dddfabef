using System.Text;
using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Reads a JSON file for a loader or importer: a missing file, an unreadable file or a syntax error becomes a
/// diagnostic (syntax errors with a 1-based line and column) instead of an exception.
/// </summary>
internal static class JsonFile
{
    /// <summary>Comments and trailing commas are accepted, since people edit these files by hand.</summary>
    public static JsonDocumentOptions Options { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The parsed document, or null with the reason added to <paramref name="diagnostics"/>.</summary>
    public static JsonDocument? Read(string path, string what, ICollection<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error(path, string.Empty, $"The {what} file does not exist.", "Check the path (relative paths are resolved from the current folder: " + Directory.GetCurrentDirectory() + ")."));
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(path, string.Empty, $"The {what} file cannot be read: {error.Message}", "Check that the file is readable and not locked by another program."));
            return null;
        }

        return Parse(text, path, diagnostics);
    }

    public static JsonDocument? Parse(string text, string path, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException error)
        {
            diagnostics.Add(JsonSyntaxError.From(error, text, path));
            return null;
        }
    }
}
