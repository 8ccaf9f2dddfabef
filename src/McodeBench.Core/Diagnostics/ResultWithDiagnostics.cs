namespace McodeBench.Core.Diagnostics;

/// <summary>
/// The base of every load and import result: the derived record holds what was produced, this one every diagnostic met
/// on the way, so a user sees all problems at once. What the diagnostics say in sum is written here, once.
/// </summary>
public abstract record ResultWithDiagnostics(IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
}
