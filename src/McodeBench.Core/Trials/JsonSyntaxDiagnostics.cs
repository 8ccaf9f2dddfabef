using System.Text.Json;

namespace McodeBench.Core.Trials;

/// <summary>Turns a <see cref="JsonException"/> into a diagnostic with 1-based line and column.</summary>
internal static class JsonSyntaxDiagnostics
{
    /// <param name="lineOverride">The NDJSON line number, when the JSON text was that one line.</param>
    public static LoadDiagnostic From(JsonException exception, string source, string fix, int? lineOverride = null)
    {
        var line = lineOverride ?? (exception.LineNumber is long l ? (int)l + 1 : null);
        var column = exception.BytePositionInLine is long c ? (int)c + 1 : (int?)null;
        return new LoadDiagnostic(
            LoadDiagnosticSeverity.Error,
            source,
            "invalid JSON: " + FirstSentence(exception.Message),
            fix,
            line,
            column);
    }

    // System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 7." in 0-based numbers; we report our own 1-based ones.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
