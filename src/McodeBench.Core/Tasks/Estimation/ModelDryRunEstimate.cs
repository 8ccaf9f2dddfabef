namespace McodeBench.Core.Tasks.Estimation;

/// <summary>The estimate for one model of a run.</summary>
/// <param name="TokenCountMethod">How this model's input tokens were counted (tokenizer or approximation).</param>
/// <param name="IsFree">True for the rules baseline and zero-priced models: calls are counted, cost is 0.</param>
/// <param name="OutputBasis">Where the output estimate comes from: earlier runs of the same prompts on this model, the gold size, or the text length.</param>
public sealed record ModelDryRunEstimate(
    string ModelKey,
    string TokenCountMethod,
    bool IsExactCount,
    bool IsFree,
    long Tasks,
    long LlmCalls,
    long InputTokens,
    long OutputTokens,
    long OutputTokensLow,
    long OutputTokensHigh,
    decimal Cost,
    decimal CostLow,
    decimal CostHigh,
    string OutputBasis);
