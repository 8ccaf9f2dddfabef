using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Trials;

/// <summary>
/// Collects diagnostics for one source so readers can keep going after a problem and report all of them at once.
/// <see cref="Line"/> is set while a reader works inside one line of an NDJSON file.
/// </summary>
internal sealed class LoadDiagnosticList(string source)
{
    private readonly List<Diagnostic> items = [];

    public string Source { get; } = source;

    public int? Line { get; set; }

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string? jsonPath, string message, string? fix, string? trialId = null) =>
        Report(DiagnosticSeverity.Error, jsonPath, message, fix, trialId);

    public void Warning(string? jsonPath, string message, string? fix, string? trialId = null) =>
        Report(DiagnosticSeverity.Warning, jsonPath, message, fix, trialId);

    public void Info(string? jsonPath, string message, string? trialId = null) =>
        Report(DiagnosticSeverity.Info, jsonPath, message, null, trialId);

    private void Report(DiagnosticSeverity severity, string? jsonPath, string message, string? fix, string? trialId) =>
        items.Add(new Diagnostic(severity, Source, message, fix ?? string.Empty, Line, null, jsonPath, trialId));
}
