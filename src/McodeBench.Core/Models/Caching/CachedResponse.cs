namespace McodeBench.Core.Models.Caching;

/// <summary>What the response cache keeps of a successful, complete model answer.</summary>
/// <param name="Text">The answer text, verbatim.</param>
/// <param name="FinishReason">The provider's finish reason (always <c>stop</c> today: only complete answers are stored).</param>
/// <param name="ModelId">Model that answered, as the provider reported it.</param>
/// <param name="InputTokens">Prompt tokens of the original call; a hit reports them as would-be, unbilled tokens.</param>
/// <param name="OutputTokens">Completion tokens of the original call.</param>
/// <param name="CachedInputTokens">Prompt tokens the provider served from its own prompt cache in the original call.</param>
public sealed record CachedResponse(
    string Text,
    string FinishReason,
    string? ModelId,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens = 0);
