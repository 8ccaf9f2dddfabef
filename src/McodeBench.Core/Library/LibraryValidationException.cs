using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library;

/// <summary>A library that cannot be used or stored as it is; the message lists every error with its place and fix.</summary>
public sealed class LibraryValidationException : Exception
{
    public LibraryValidationException(IReadOnlyList<Diagnostic> diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public LibraryValidationException()
        : this([])
    {
    }

    public LibraryValidationException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public LibraryValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        return errors.Count == 0
            ? "The library could not be loaded."
            : $"The library has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
