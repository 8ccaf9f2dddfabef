using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>A predecessor template in McodeBench's syntax, with what the translation found.</summary>
internal sealed record TranslatedTemplate(string Text, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics);
