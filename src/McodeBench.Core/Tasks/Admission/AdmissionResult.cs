using McodeBench.Core.Diagnostics;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tasks.Admission;

/// <summary>What <see cref="RunAdmission"/> found: the selection, how many tasks it makes, and every problem.</summary>
/// <param name="Selection">What the selectors picked; fields with an unknown selector hold only what did resolve.</param>
/// <param name="TaskCount">Tasks the run would make (repeats × trials × models × prompt combinations), in 64 bits.</param>
/// <param name="Problems">Every problem, each once, at its snake_case field path (<c>repeats</c>, <c>model_keys</c>); empty when admitted.</param>
public sealed record AdmissionResult(ResolvedRun Selection, long TaskCount, IReadOnlyList<Diagnostic> Problems)
{
    public bool IsAdmitted => Problems.Count == 0;

    /// <summary>The selection of an admitted spec.</summary>
    /// <exception cref="InvalidRunSpecException">The spec was not admitted; every problem is listed.</exception>
    public ResolvedRun Admitted(string runName) => IsAdmitted ? Selection : throw new InvalidRunSpecException(runName, Problems);
}
