namespace McodeBench.Core.Tasks.Estimation;

/// <summary>The estimate for one model of a run.</summary>
/// <param name="TokenCountMethod">How this model's tokens were counted (tokenizer or approximation).</param>
/// <param name="IsFree">True for the rules baseline and zero-priced models: calls are counted, cost is 0.</param>
public sealed record ModelDryRunEstimate(
    string ModelKey,
    string TokenCountMethod,
    bool IsExactCount,
    bool IsFree,
    int Tasks,
    int LlmCalls,
    long InputTokens,
    long OutputTokens,
    decimal Cost);
