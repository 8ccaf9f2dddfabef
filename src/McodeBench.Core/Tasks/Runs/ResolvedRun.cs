using McodeBench.Core.Library;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>The library entries a run spec's selectors picked, in expansion order.</summary>
public sealed record ResolvedRun(
    IReadOnlyList<PromptDefinition> Prompts,
    IReadOnlyList<ModelDefinition> Models,
    IReadOnlyList<string> TrialIds);
