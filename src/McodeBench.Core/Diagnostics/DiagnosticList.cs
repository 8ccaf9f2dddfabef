namespace McodeBench.Core.Diagnostics;

/// <summary>
/// Collects diagnostics for one source (a file, or the name of in-memory input) so readers and validators can keep
/// going after a problem and report all of them at once. <see cref="Line"/> is set while a reader works inside one
/// line of an NDJSON file. <paramref name="trialId"/> is the trial every diagnostic concerns unless a call names another.
/// </summary>
internal sealed class DiagnosticList(string source, string? trialId = null)
{
    private readonly List<Diagnostic> items = [];
    private readonly string? defaultTrialId = trialId;

    public string Source { get; } = source;

    public int? Line { get; set; }

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string? jsonPath, string message, string? fix, string? trialId = null, string? entityId = null) =>
        Report(DiagnosticSeverity.Error, jsonPath, message, fix, trialId, entityId);

    public void Warning(string? jsonPath, string message, string? fix, string? trialId = null) =>
        Report(DiagnosticSeverity.Warning, jsonPath, message, fix, trialId);

    public void Info(string? jsonPath, string message, string? trialId = null) =>
        Report(DiagnosticSeverity.Info, jsonPath, message, null, trialId);

    private void Report(DiagnosticSeverity severity, string? jsonPath, string message, string? fix, string? trialId, string? entityId = null) =>
        items.Add(new Diagnostic(severity, Source, message, fix ?? string.Empty, Line, null, jsonPath, trialId ?? defaultTrialId, entityId));
}
