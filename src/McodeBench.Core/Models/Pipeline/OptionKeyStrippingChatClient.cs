using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Pipeline;

/// <summary>
/// Removes McodeBench's own keys (prefix <see cref="ChatOptionKeys.Prefix"/>) from
/// <see cref="ChatOptions.AdditionalProperties"/> before the call goes further, because provider adapters forward
/// unknown additional properties into the request body. The caller's options object is never modified.
/// </summary>
public sealed class OptionKeyStrippingChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Strip(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Strip(options), cancellationToken);

    /// <summary>The options without McodeBench keys: the same instance when there are none, else a clone.</summary>
    public static ChatOptions? Strip(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.Keys.Any(IsOwnKey))
        {
            return options;
        }

        var stripped = options.Clone();
        var kept = new AdditionalPropertiesDictionary();
        foreach (var (key, value) in properties.Where(pair => !IsOwnKey(pair.Key)))
        {
            kept[key] = value;
        }

        stripped.AdditionalProperties = kept.Count == 0 ? null : kept;
        return stripped;
    }

    private static bool IsOwnKey(string key) => key.StartsWith(ChatOptionKeys.Prefix, StringComparison.Ordinal);
}
