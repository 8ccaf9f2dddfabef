namespace McodeBench.Core.Tasks.Estimation;

/// <summary>What a run would take: tasks, model calls, tokens and money, in total and per model.</summary>
public sealed record DryRunEstimate(
    int Tasks,
    int LlmCalls,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    IReadOnlyList<ModelDryRunEstimate> Models);
