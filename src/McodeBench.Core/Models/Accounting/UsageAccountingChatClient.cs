using System.Runtime.CompilerServices;
using McodeBench.Core.Library;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Accounting;

/// <summary>
/// Measures each call (latency as the caller sees it, tokens the provider reported, cost at the model library's
/// prices, attempts) and attaches a <see cref="CallUsage"/> under <see cref="ChatOptionKeys.CallUsage"/>; read it with
/// <see cref="CallUsageExtensions.GetCallUsage(ChatResponse)"/>. A response-cache hit reports the original tokens
/// and cost as would-be figures with nothing billed and zero attempts. Streams get one extra, content-free update
/// at the end carrying the usage, which <c>ToChatResponse()</c> merges into the response.
/// </summary>
public sealed class UsageAccountingChatClient : DelegatingChatClient
{
    private readonly ModelPricing pricing;
    private readonly TimeProvider timeProvider;

    public UsageAccountingChatClient(IChatClient innerClient, ModelPricing pricing, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        this.pricing = pricing ?? throw new ArgumentNullException(nameof(pricing));
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var usage = Measure(response.Usage, response.AdditionalProperties, timeProvider.GetElapsedTime(started));
        (response.AdditionalProperties ??= [])[ChatOptionKeys.CallUsage] = usage;
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var reported = new UsageDetails();
        var markers = new AdditionalPropertiesDictionary();
        string? responseId = null;
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var usageContent in update.Contents.OfType<UsageContent>())
            {
                reported.Add(usageContent.Details);
            }

            foreach (var (key, value) in update.AdditionalProperties ?? [])
            {
                markers[key] = value;
            }

            responseId ??= update.ResponseId;
            yield return update;
        }

        yield return new ChatResponseUpdate
        {
            ResponseId = responseId,
            AdditionalProperties = new() { [ChatOptionKeys.CallUsage] = Measure(reported, markers, timeProvider.GetElapsedTime(started)) },
        };
    }

    private CallUsage Measure(UsageDetails? usage, AdditionalPropertiesDictionary? markers, TimeSpan latency)
    {
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var fromCache = markers?.TryGetValue(ChatOptionKeys.FromResponseCache, out var hit) == true && hit is true;
        var attempts = fromCache ? 0
            : markers?.TryGetValue(ChatOptionKeys.Attempts, out var counted) == true && counted is int made ? made
            : 1;
        return new CallUsage(
            input,
            output,
            usage?.CachedInputTokenCount ?? 0,
            fromCache,
            pricing.Cost(input, output),
            latency,
            attempts);
    }
}
