namespace McodeBench.Core.Tasks.Runs;

/// <summary>Run selectors that matched nothing in the libraries, each with close matches.</summary>
public sealed class UnknownSelectionException : Exception
{
    public UnknownSelectionException(IReadOnlyList<UnknownSelector> unknown)
        : base("The run selects what does not exist: " + string.Join("; ", unknown) + ".")
    {
        Unknown = unknown;
    }

    public UnknownSelectionException()
        : this("The run selects what does not exist.")
    {
    }

    public UnknownSelectionException(string message)
        : base(message)
    {
        Unknown = [];
    }

    public UnknownSelectionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Unknown = [];
    }

    public IReadOnlyList<UnknownSelector> Unknown { get; }
}
