using System.Globalization;
using System.Text;

namespace McodeBench.Core.Diagnostics;

/// <summary>
/// One problem found in a user's input (a library, trial, gold or run spec file, or a spec built in memory): where it is
/// and what would fix it, so that nobody has to guess.
/// </summary>
/// <param name="File">The file as the user named it (or as it was resolved from another file); empty for an in-memory spec.</param>
/// <param name="Message">What is wrong, naming the key, field or placeholder concerned.</param>
/// <param name="Fix">What the user should do about it; empty when there is nothing to do.</param>
/// <param name="Line">1-based line, when known (JSON syntax errors, NDJSON, brat and template lines).</param>
/// <param name="Column">1-based column on <paramref name="Line"/>, when known.</param>
/// <param name="JsonPath">
/// The offending value's path: a JSON path such as <c>$.prompts[3].template_file</c>, or a snake_case field path such
/// as <c>prompt_keys[1]</c> for a spec that has no file.
/// </param>
/// <param name="TrialId">The trial the problem concerns, when there is one.</param>
/// <param name="EntityId">The gold entity (or brat annotation id) the problem concerns, when there is one.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string File,
    string Message,
    string Fix = "",
    int? Line = null,
    int? Column = null,
    string? JsonPath = null,
    string? TrialId = null,
    string? EntityId = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The place in the file, without the file: <c>line 4, column 12</c>, <c>$.prompts[3].type</c>, both, or empty.</summary>
    public string Location
    {
        get
        {
            var builder = new StringBuilder();
            if (Line is int line)
            {
                builder.Append(CultureInfo.InvariantCulture, $"line {line}");
                if (Column is int column)
                {
                    builder.Append(CultureInfo.InvariantCulture, $", column {column}");
                }
            }

            if (JsonPath is { Length: > 0 })
            {
                builder.Append(builder.Length == 0 ? string.Empty : ", ").Append(JsonPath);
            }

            return builder.ToString();
        }
    }

    /// <summary>An error at a JSON path (empty for the file as a whole).</summary>
    public static Diagnostic Error(string file, string jsonPath, string message, string fix) =>
        new(DiagnosticSeverity.Error, file, message, fix, JsonPath: jsonPath);

    /// <summary>A warning at a JSON path (empty for the file as a whole).</summary>
    public static Diagnostic Warning(string file, string jsonPath, string message, string fix) =>
        new(DiagnosticSeverity.Warning, file, message, fix, JsonPath: jsonPath);

    /// <summary>A note at a JSON path (empty for the file as a whole).</summary>
    public static Diagnostic Info(string file, string jsonPath, string message, string fix = "") =>
        new(DiagnosticSeverity.Info, file, message, fix, JsonPath: jsonPath);

    /// <summary>
    /// Compiler-style one-liner: <c>file(line 4, column 12, $.path): error (trial NCT1, entity e1): message Fix: fix</c>;
    /// parts that are not known are left out.
    /// </summary>
    public override string ToString()
    {
        var location = Location;
        var place = location.Length == 0 ? File : File.Length == 0 ? location : $"{File}({location})";
        var builder = new StringBuilder(place);
        if (builder.Length > 0)
        {
            builder.Append(": ");
        }

        builder.Append(Severity.ToString().ToLower(CultureInfo.InvariantCulture));
        if (TrialId is { Length: > 0 })
        {
            builder.Append(" (trial ").Append(TrialId);
            if (EntityId is { Length: > 0 })
            {
                builder.Append(", entity ").Append(EntityId);
            }

            builder.Append(')');
        }

        builder.Append(": ").Append(Message);
        if (Fix.Length > 0)
        {
            builder.Append(" Fix: ").Append(Fix);
        }

        return builder.ToString();
    }
}
