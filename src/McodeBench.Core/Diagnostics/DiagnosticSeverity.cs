namespace McodeBench.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is; ordered so that a higher value is more serious.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Works, but probably not as the author meant (e.g. no default prompt for a type, a price of 0).</summary>
    Warning,

    /// <summary>Cannot be used as it is; the file or entry is rejected until it is fixed.</summary>
    Error,
}
