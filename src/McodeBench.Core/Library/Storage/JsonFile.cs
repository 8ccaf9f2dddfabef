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
            diagnostics.Add(SyntaxError(error, text, path));
            return null;
        }
    }

    /// <summary>A diagnostic for a JSON syntax error, with 1-based line and (character, not byte) column.</summary>
    public static Diagnostic SyntaxError(JsonException error, string text, string path)
    {
        var line = (int)(error.LineNumber ?? 0);
        var column = CharacterColumn(text, line, error.BytePositionInLine ?? 0);
        var reason = error.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = reason.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                reason = reason[..at];
            }
        }

        return new Diagnostic(
            DiagnosticSeverity.Error,
            path,
            $"Invalid JSON: {reason.Trim()}",
            $"Correct the JSON at line {line + 1}, column {column}; a missing comma, quote or bracket just before that point is the usual cause.",
            line + 1,
            column);
    }

    private static int CharacterColumn(string text, int lineIndex, long bytePosition)
    {
        var lines = text.Split('\n');
        if (lineIndex >= lines.Length)
        {
            return (int)bytePosition + 1;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[lineIndex]);
        var count = (int)Math.Min(bytePosition, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, count) + 1;
    }
}
