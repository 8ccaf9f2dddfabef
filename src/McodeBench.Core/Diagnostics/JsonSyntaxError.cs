using System.Globalization;
using System.Text;
using System.Text.Json;

namespace McodeBench.Core.Diagnostics;

/// <summary>
/// Turns a <see cref="JsonException"/> from parsing a user's file into a <see cref="Diagnostic"/> with a 1-based line
/// and column. The column counts characters, as editors show it: System.Text.Json reports the position in the line in
/// UTF-8 bytes, so "é" or "€" before the error would otherwise push the column to the right.
/// </summary>
public static class JsonSyntaxError
{
    /// <summary>A diagnostic for a syntax error in JSON text held as a string.</summary>
    /// <param name="text">The text that was parsed (for NDJSON, the one line), used to turn bytes into characters.</param>
    /// <param name="fix">What to do; by default "Correct the JSON at line …, column …" with the usual causes.</param>
    /// <param name="lineNumber">The 1-based line in the file when <paramref name="text"/> was one line of it (NDJSON).</param>
    public static Diagnostic From(JsonException exception, string text, string file, string? fix = null, int? lineNumber = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return From(exception, Encoding.UTF8.GetBytes(text), file, fix, lineNumber);
    }

    /// <summary>A diagnostic for a syntax error in UTF-8 JSON (without a byte order mark, as it was parsed).</summary>
    /// <inheritdoc cref="From(JsonException, string, string, string?, int?)"/>
    public static Diagnostic From(JsonException exception, ReadOnlySpan<byte> utf8, string file, string? fix = null, int? lineNumber = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(file);
        var lineIndex = exception.LineNumber ?? 0;
        var line = lineNumber ?? (int)lineIndex + 1;
        var column = CharacterColumn(utf8, lineIndex, exception.BytePositionInLine ?? 0);
        return new Diagnostic(
            DiagnosticSeverity.Error,
            file,
            "Invalid JSON: " + Reason(exception.Message),
            fix ?? string.Create(
                CultureInfo.InvariantCulture,
                $"Correct the JSON at line {line}, column {column}; a missing comma, quote or bracket just before that point is the usual cause."),
            line,
            column,
            exception.Path is { Length: > 0 } path ? path : null);
    }

    private static int CharacterColumn(ReadOnlySpan<byte> utf8, long lineIndex, long bytePosition)
    {
        // '\n' never occurs inside a multi-byte UTF-8 sequence, so lines can be found in the bytes directly.
        var rest = utf8;
        for (var i = 0L; i < lineIndex; i++)
        {
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                return (int)bytePosition + 1;
            }

            rest = rest[(newline + 1)..];
        }

        var end = rest.IndexOf((byte)'\n');
        var lineBytes = end < 0 ? rest : rest[..end];
        var count = (int)Math.Min(bytePosition, lineBytes.Length);
        return Encoding.UTF8.GetCharCount(lineBytes[..count]) + 1;
    }

    // System.Text.Json appends "Path: $.x | LineNumber: 3 | BytePositionInLine: 7." with 0-based numbers; the
    // diagnostic carries its own 1-based line and column and the path, so only the reason is kept.
    private static string Reason(string message)
    {
        var cut = message.Length;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        return message[..cut].Trim().TrimEnd('|').Trim();
    }
}
