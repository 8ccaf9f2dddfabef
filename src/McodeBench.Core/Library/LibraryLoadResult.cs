using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library;

/// <summary>
/// What loading or importing a library produced: the library (null when it could not be built) and every diagnostic
/// found on the way, so a user sees all problems of a file at once rather than one per attempt.
/// </summary>
public sealed record LibraryLoadResult<TLibrary>(TLibrary? Library, IReadOnlyList<Diagnostic> Diagnostics)
    : ResultWithDiagnostics(Diagnostics)
    where TLibrary : class
{
    /// <summary>The library when there were no errors; otherwise throws with every error listed.</summary>
    /// <exception cref="LibraryValidationException">The file had errors.</exception>
    public TLibrary RequireLibrary() =>
        !HasErrors && Library is not null ? Library : throw new LibraryValidationException(Errors);
}
