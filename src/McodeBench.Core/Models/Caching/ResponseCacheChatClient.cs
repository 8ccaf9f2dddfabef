using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace McodeBench.Core.Models.Caching;

/// <summary>
/// Answers a call from the cache when an identical call (same <see cref="ResponseCacheKey"/>) succeeded before, and
/// stores successful, complete answers (finish reason <c>stop</c>) that the caller accepts (see
/// <see cref="ResponseCacheAcceptance"/>: the pipelines accept only answers they can parse); errors, truncated,
/// tool-call and unparseable answers are never stored, and a stored answer the caller does not accept is not replayed. A hit carries the original usage and the marker <see cref="ChatOptionKeys.FromResponseCache"/>, so the
/// accounting layer reports it as would-be, unbilled usage. Streaming calls pass through uncached.
/// </summary>
public sealed partial class ResponseCacheChatClient : DelegatingChatClient
{
    private readonly IResponseCacheStore store;
    private readonly ResponseCacheOptions options;
    private readonly ILogger logger;

    public ResponseCacheChatClient(IChatClient innerClient, IResponseCacheStore store, ResponseCacheOptions options)
        : base(innerClient)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        logger = options.Logger ?? NullLogger.Instance;
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.RawRepresentationFactory is not null)
        {
            // The factory can change the request in ways the key cannot see.
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        var replayable = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var key = ResponseCacheKey.Compute(this.options.Endpoint, this.options.ModelId, replayable, options);
        if (await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            var replayed = ToResponse(cached);
            if (ResponseCacheAcceptance.Accepts(options, replayed))
            {
                return replayed;
            }

            // Stored before the caller's rule existed (an older build cached every complete answer): asking the model
            // again is the only way a retry can turn an unusable answer into a usable one. A good answer replaces it.
            LogUnacceptableEntry(logger, key);
        }

        var response = await base.GetResponseAsync(replayable, options, cancellationToken).ConfigureAwait(false);
        if (response.FinishReason == ChatFinishReason.Stop && ResponseCacheAcceptance.Accepts(options, response))
        {
            await StoreAsync(key, response, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private async Task StoreAsync(string key, ChatResponse response, CancellationToken cancellationToken)
    {
        var cached = new CachedResponse(
            response.Text,
            response.FinishReason!.Value.Value,
            response.ModelId ?? options.ModelId,
            response.Usage?.InputTokenCount ?? 0,
            response.Usage?.OutputTokenCount ?? 0,
            response.Usage?.CachedInputTokenCount ?? 0);
        try
        {
            await store.SetAsync(key, cached, options.TimeToLive, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogStoreFailed(logger, exception, key);
        }
    }

    private static ChatResponse ToResponse(CachedResponse cached) =>
        new(new ChatMessage(ChatRole.Assistant, cached.Text))
        {
            FinishReason = new ChatFinishReason(cached.FinishReason),
            ModelId = cached.ModelId,
            Usage = new UsageDetails
            {
                InputTokenCount = cached.InputTokens,
                OutputTokenCount = cached.OutputTokens,
                TotalTokenCount = cached.InputTokens + cached.OutputTokens,
                CachedInputTokenCount = cached.CachedInputTokens,
            },
            AdditionalProperties = new() { [ChatOptionKeys.FromResponseCache] = true },
        };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Response-cache entry {Key} holds an answer the caller cannot use; the model is asked again.")]
    private static partial void LogUnacceptableEntry(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store response-cache entry {Key}; the response is returned uncached.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string key);
}
