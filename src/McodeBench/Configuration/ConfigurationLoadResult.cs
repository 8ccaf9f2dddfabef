using McodeBench.Core.Diagnostics;

namespace McodeBench.Configuration;

/// <summary>The bound options (null when a value is unusable), every value with its source, and every problem found.</summary>
public sealed record ConfigurationLoadResult(McodeBenchOptions? Options, IReadOnlyList<ConfiguredValue> Values, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics);
