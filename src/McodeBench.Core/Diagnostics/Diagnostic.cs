using System.Globalization;

namespace McodeBench.Core.Diagnostics;

/// <summary>
/// One finding about a user's file: where it is and what would fix it, so that nobody has to guess.
/// </summary>
/// <param name="File">The file as the user named it (or as it was resolved from another file).</param>
/// <param name="Location">The place in the file: a JSON path (<c>$.prompts[3].template_file</c>) or <c>line 4, column 12</c>.</param>
/// <param name="Message">What is wrong, naming the key, field or placeholder concerned.</param>
/// <param name="Fix">What the user should do about it.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, string Location, string Message, string Fix)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(string file, string location, string message, string fix) =>
        new(DiagnosticSeverity.Error, file, location, message, fix);

    public static Diagnostic Warning(string file, string location, string message, string fix) =>
        new(DiagnosticSeverity.Warning, file, location, message, fix);

    public static Diagnostic Info(string file, string location, string message, string fix = "") =>
        new(DiagnosticSeverity.Info, file, location, message, fix);

    /// <summary>Compiler-style one-liner: <c>file(location): error: message Fix: fix</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLower(CultureInfo.InvariantCulture);
        var place = Location.Length == 0 ? File : $"{File}({Location})";
        return Fix.Length == 0 ? $"{place}: {severity}: {Message}" : $"{place}: {severity}: {Message} Fix: {Fix}";
    }
}
