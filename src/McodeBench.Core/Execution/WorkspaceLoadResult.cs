using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Execution;

/// <summary>A loaded workspace (null when anything failed to load) and every problem found on the way.</summary>
public sealed record WorkspaceLoadResult(BenchmarkWorkspace? Workspace, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics);
