namespace McodeBench.Core.Models;

/// <summary>
/// Keys McodeBench puts into <c>ChatOptions.AdditionalProperties</c> and <c>ChatResponse.AdditionalProperties</c>.
/// They never leave the process: middleware removes the option keys before a request is sent.
/// </summary>
public static class ChatOptionKeys
{
    /// <summary>Every McodeBench key starts with this prefix, which is how middleware recognises (and strips) them.</summary>
    public const string Prefix = "mcodebench.";

    /// <summary>Repeat index (int) of the task; part of the response-cache key so repeats are real repeats.</summary>
    public const string RepeatIndex = "mcodebench.repeat_index";

    /// <summary>The <see cref="CallUsage"/> of a response, set by the accounting middleware.</summary>
    public const string CallUsage = "mcodebench.call_usage";

    /// <summary>Response marker (bool) set by the response cache when it answered instead of the provider.</summary>
    public const string FromResponseCache = "mcodebench.from_response_cache";

    /// <summary>
    /// Option (<c>Func&lt;ChatResponse, bool&gt;</c>) set by the caller that will read the answer: the response cache
    /// stores, and replays, only answers it accepts (see <see cref="Caching.ResponseCacheAcceptance"/>).
    /// </summary>
    public const string CacheAcceptance = "mcodebench.cache_acceptance";

    /// <summary>Response marker (int) set by the retry middleware: HTTP attempts made, retries included.</summary>
    public const string Attempts = "mcodebench.attempts";
}
