using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>A run spec that cannot be expanded, with every problem found.</summary>
public sealed class InvalidRunSpecException : Exception
{
    public InvalidRunSpecException(string runName, IReadOnlyList<Diagnostic> diagnostics)
        : base($"Run '{runName}' cannot be expanded: " + string.Join("; ", diagnostics.Select(d => $"{d.Location}: {d.Message}")) + ".")
    {
        Diagnostics = diagnostics;
    }

    public InvalidRunSpecException()
        : this("The run spec is not valid.")
    {
    }

    public InvalidRunSpecException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public InvalidRunSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
