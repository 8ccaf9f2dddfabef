namespace McodeBench.Core.Models;

/// <summary>
/// Keys McodeBench puts into <c>ChatOptions.AdditionalProperties</c> and <c>ChatResponse.AdditionalProperties</c>.
/// They never leave the process: middleware removes the option keys before a request is sent.
/// </summary>
public static class ChatOptionKeys
{
    /// <summary>Repeat index (int) of the task; part of the response-cache key so repeats are real repeats.</summary>
    public const string RepeatIndex = "mcodebench.repeat_index";

    /// <summary>The <see cref="CallUsage"/> of a response, set by the accounting middleware.</summary>
    public const string CallUsage = "mcodebench.call_usage";
}
