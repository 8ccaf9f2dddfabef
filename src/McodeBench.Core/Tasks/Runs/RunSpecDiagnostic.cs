namespace McodeBench.Core.Tasks.Runs;

/// <summary>One problem with a run spec: the field it concerns (snake_case path, e.g. <c>prompt_keys[1]</c>) and what to fix.</summary>
public sealed record RunSpecDiagnostic(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
