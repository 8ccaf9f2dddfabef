using McodeBench.Core.Diagnostics;

namespace McodeBench.Cli.Validation;

/// <summary>Every problem found in one validated input, and what it held.</summary>
internal sealed record ValidationReport(DetectedInput Input, IReadOnlyList<Diagnostic> Diagnostics)
{
    public InputCounts Counts { get; init; } = InputCounts.None;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
