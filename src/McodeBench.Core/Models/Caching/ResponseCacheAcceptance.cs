using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Caching;

/// <summary>
/// What the caller of a model call will accept as an answer, told to the response cache through
/// <see cref="ChatOptionKeys.CacheAcceptance"/>. A complete answer the caller cannot use (malformed JSON, a schema
/// violation, a refusal) is a failure of that call, and a failure must never be replayed: <c>retry</c> would otherwise
/// get the same unusable answer from the cache forever instead of asking the model again.
/// </summary>
public static class ResponseCacheAcceptance
{
    /// <summary>Tells the cache to store and replay only answers <paramref name="accepts"/> returns true for.</summary>
    public static void Require(ChatOptions options, Func<ChatResponse, bool> accepts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(accepts);
        (options.AdditionalProperties ??= [])[ChatOptionKeys.CacheAcceptance] = accepts;
    }

    /// <summary>True when the call's options set no acceptance rule, or the rule accepts the answer.</summary>
    public static bool Accepts(ChatOptions? options, ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return options?.AdditionalProperties?.TryGetValue(ChatOptionKeys.CacheAcceptance, out var value) != true
            || value is not Func<ChatResponse, bool> accepts
            || accepts(response);
    }
}
