namespace McodeBench.Core.Trials;

/// <summary>
/// Collects diagnostics for one source so readers can keep going after a problem and report all of them at once.
/// <see cref="Line"/> is set while a reader works inside one line of an NDJSON file.
/// </summary>
internal sealed class LoadDiagnosticList(string source)
{
    private readonly List<LoadDiagnostic> items = [];

    public string Source { get; } = source;

    public int? Line { get; set; }

    public IReadOnlyList<LoadDiagnostic> Items => items;

    public void Add(LoadDiagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<LoadDiagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string? jsonPath, string message, string? fix, string? trialId = null) =>
        Report(LoadDiagnosticSeverity.Error, jsonPath, message, fix, trialId);

    public void Warning(string? jsonPath, string message, string? fix, string? trialId = null) =>
        Report(LoadDiagnosticSeverity.Warning, jsonPath, message, fix, trialId);

    public void Info(string? jsonPath, string message, string? trialId = null) =>
        Report(LoadDiagnosticSeverity.Info, jsonPath, message, null, trialId);

    private void Report(LoadDiagnosticSeverity severity, string? jsonPath, string message, string? fix, string? trialId) =>
        items.Add(new LoadDiagnostic(severity, Source, message, fix, Line, null, jsonPath, trialId));
}
