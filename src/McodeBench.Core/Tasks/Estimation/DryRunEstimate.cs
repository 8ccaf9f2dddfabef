namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// What a run would take: tasks, model calls, tokens and money, in total and per model. Output tokens cannot be known
/// before the calls, so they and the cost come as a point estimate within a low–high range.
/// </summary>
/// <param name="EstimatedUtc">When the estimate was made (the engine's clock).</param>
public sealed record DryRunEstimate(
    long Tasks,
    long LlmCalls,
    long InputTokens,
    long OutputTokens,
    long OutputTokensLow,
    long OutputTokensHigh,
    decimal Cost,
    decimal CostLow,
    decimal CostHigh,
    IReadOnlyList<ModelDryRunEstimate> Models,
    DateTime EstimatedUtc);
