using McodeBench.Core.Diagnostics;

namespace McodeBench.Engine.Orchestration;

/// <summary>A run spec the engine will not start; <see cref="Problems"/> names every problem and its fix.</summary>
public sealed class RunSpecRejectedException : Exception
{
    public RunSpecRejectedException(IReadOnlyList<Diagnostic> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public RunSpecRejectedException()
        : this([])
    {
    }

    public RunSpecRejectedException(string message)
        : base(message)
    {
        Problems = [];
    }

    public RunSpecRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<Diagnostic> Problems { get; }

    private static string Describe(IReadOnlyList<Diagnostic> problems) => problems.Count == 0
        ? "The run spec was rejected."
        : "The run spec was rejected: " + string.Join(" ", problems.Select(p => p.Message));
}
