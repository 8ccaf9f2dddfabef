
namespace McodeBench.Core.Models;

/// <summary>
/// Tokens, money and time of a task's model calls. Billed figures and the would-be figures of response-cache hits are
/// kept apart, never mixed: a cache hit bills nothing but records what it would have cost.
/// </summary>
/// <param name="Calls">Model calls made (two for a two-step task), cache hits included.</param>
/// <param name="CacheHits">Calls McodeBench's response cache answered.</param>
/// <param name="InputTokens">Billed prompt tokens.</param>
/// <param name="OutputTokens">Billed completion tokens.</param>
/// <param name="CachedInputTokens">Billed prompt tokens the provider served from its own prompt cache.</param>
/// <param name="WouldBeInputTokens">Prompt tokens of the calls the response cache answered.</param>
/// <param name="WouldBeOutputTokens">Completion tokens of the calls the response cache answered.</param>
/// <param name="Cost">Billed cost in US dollars.</param>
/// <param name="WouldBeCost">What the response-cache hits would have cost, in US dollars.</param>
/// <param name="Latency">Sum of the calls' wall times.</param>
public sealed record UsageTotals(
    int Calls,
    int CacheHits,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    long WouldBeInputTokens,
    long WouldBeOutputTokens,
    decimal Cost,
    decimal WouldBeCost,
    TimeSpan Latency)
{
    public static UsageTotals None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0m, 0m, TimeSpan.Zero);

    /// <summary>The sum of a task's calls as the accounting middleware recorded them.</summary>
    public static UsageTotals FromCalls(IEnumerable<CallUsage> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return calls.Aggregate(None, (total, call) => total with
        {
            Calls = total.Calls + 1,
            CacheHits = total.CacheHits + (call.FromResponseCache ? 1 : 0),
            InputTokens = total.InputTokens + call.BilledInputTokens,
            OutputTokens = total.OutputTokens + call.BilledOutputTokens,
            CachedInputTokens = total.CachedInputTokens + (call.FromResponseCache ? 0 : call.ProviderCachedInputTokens),
            WouldBeInputTokens = total.WouldBeInputTokens + (call.FromResponseCache ? call.InputTokens : 0),
            WouldBeOutputTokens = total.WouldBeOutputTokens + (call.FromResponseCache ? call.OutputTokens : 0),
            Cost = total.Cost + call.BilledCost,
            WouldBeCost = total.WouldBeCost + call.SavedCost,
            Latency = total.Latency + call.Latency,
        });
    }
}
