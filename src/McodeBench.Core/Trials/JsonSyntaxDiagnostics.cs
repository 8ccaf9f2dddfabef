using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Trials;

/// <summary>Turns a <see cref="JsonException"/> into a diagnostic with 1-based line and column.</summary>
internal static class JsonSyntaxDiagnostics
{
    /// <param name="lineOverride">The NDJSON line number, when the JSON text was that one line.</param>
    public static Diagnostic From(JsonException exception, string source, string fix, int? lineOverride = null)
    {
        var line = lineOverride ?? (exception.LineNumber is long l ? (int)l + 1 : null);
        var column = exception.BytePositionInLine is long c ? (int)c + 1 : (int?)null;
        return new Diagnostic(
            DiagnosticSeverity.Error,
            source,
            "invalid JSON: " + Reason(exception.Message),
            fix,
            line,
            column,
            exception.Path is { Length: > 0 } path ? path : null);
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
