namespace McodeBench.Core.Models;

/// <summary>
/// Tokens, money and time of one model call as the accounting middleware saw it. A response-cache hit keeps the
/// tokens and cost the call would have had, but bills nothing: billed and would-be figures are derived, never mixed.
/// </summary>
/// <param name="InputTokens">Prompt tokens of the call (for a cache hit: of the original call).</param>
/// <param name="OutputTokens">Completion tokens of the call (for a cache hit: of the original call).</param>
/// <param name="ProviderCachedInputTokens">Prompt tokens the provider itself served from its prompt cache.</param>
/// <param name="FromResponseCache">True when McodeBench's response cache answered and no request was sent.</param>
/// <param name="Cost">What the call costs (or would have cost) at the model library's prices, in US dollars.</param>
/// <param name="Latency">Wall time of this call as the caller saw it (for a cache hit: the lookup time).</param>
/// <param name="Attempts">HTTP attempts made, retries included; 0 for a cache hit.</param>
public sealed record CallUsage(
    long InputTokens,
    long OutputTokens,
    long ProviderCachedInputTokens,
    bool FromResponseCache,
    decimal Cost,
    TimeSpan Latency,
    int Attempts)
{
    public long BilledInputTokens => FromResponseCache ? 0 : InputTokens;

    public long BilledOutputTokens => FromResponseCache ? 0 : OutputTokens;

    public decimal BilledCost => FromResponseCache ? 0m : Cost;

    /// <summary>The cost a cache hit saved; zero for a billed call.</summary>
    public decimal SavedCost => FromResponseCache ? Cost : 0m;
}
