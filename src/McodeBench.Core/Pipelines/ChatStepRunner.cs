using McodeBench.Core.Models;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Sends one prompt and records the call as a <see cref="PipelineStepRecord"/>. A failed call is recorded too (with
/// its failure class), never thrown: the pipelines decide what a failure means for the run.
/// </summary>
internal sealed class ChatStepRunner(IChatClient client, TimeProvider time)
{
    /// <param name="expected">How the step's answer will be parsed: only answers that parse are cached (a malformed one is a failure, and failures are never replayed).</param>
    public async Task<PipelineStepRecord> RunAsync(
        string step, string prompt, PipelineRequest request, string? entitiesJson, ParseContext expected, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        try
        {
            var options = PipelineChatOptions.Create(request.Parameters, request.RepeatIndex, request.ModelId);
            ResponseCacheAcceptance.Require(options, answer => ModelOutputParser.Parse(answer.Text, answer.FinishReason, expected).IsSuccess);
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options, cancellationToken).ConfigureAwait(false);
            var latency = time.GetElapsedTime(started);
            return new PipelineStepRecord(
                step, prompt, response.Text, response.FinishReason?.Value, UsageOf(response, latency), latency, startedAt, response.ModelId, entitiesJson);
        }
#pragma warning disable CA1031 // Every failure of a model call becomes a classified step record; nothing may escape a run.
        catch (Exception error) when (error is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new PipelineStepRecord(
                step,
                prompt,
                null,
                null,
                null,
                time.GetElapsedTime(started),
                startedAt,
                null,
                entitiesJson,
                FailureClassifier.Classify(error, cancellationToken),
                FailureClassifier.Describe(error));
        }
    }

    /// <summary>The accounting middleware's figures when it ran; otherwise the provider's token counts at no cost.</summary>
    private static CallUsage UsageOf(ChatResponse response, TimeSpan latency)
    {
        if (response.AdditionalProperties?.TryGetValue(ChatOptionKeys.CallUsage, out var value) == true && value is CallUsage usage)
        {
            return usage;
        }

        var tokens = response.Usage;
        return new CallUsage(tokens?.InputTokenCount ?? 0, tokens?.OutputTokenCount ?? 0, tokens?.CachedInputTokenCount ?? 0, false, 0m, latency, 1);
    }
}
