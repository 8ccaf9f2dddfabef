namespace McodeBench.Simulator.Responses;

/// <summary>Everything a chat-completion answer (plain or streamed) reports.</summary>
internal sealed record CompletionResult(
    string Id,
    long Created,
    string Model,
    string Text,
    string FinishReason,
    int PromptTokens,
    int CompletionTokens);
