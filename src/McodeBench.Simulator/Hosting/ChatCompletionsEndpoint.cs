using McodeBench.Simulator.Faults;
using McodeBench.Simulator.Noise;
using McodeBench.Simulator.Requests;
using McodeBench.Simulator.Responses;
using McodeBench.Simulator.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Hosting;

/// <summary>
/// <c>POST /v1/chat/completions</c>: rate limit, then the request's fate (500, hang, or an answer after the drawn
/// latency), then the inner model's answer with noise and corruption applied, reported with counted usage.
/// </summary>
internal sealed class ChatCompletionsEndpoint(
    SimulatorOptions options,
    IChatClient inner,
    SimulatorCounterSet counters,
    TokenCounter tokens,
    TokenBucket? bucket)
{
    /// <summary>How often each distinct body has been seen recently; a retry of the same body draws a fresh fate.</summary>
    private readonly RecentOccurrenceCounter occurrences = new();

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        counters.Request();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        if (bucket is not null && !bucket.TryTake(out var retryAfter))
        {
            counters.RateLimit();
            await ChatCompletionWriter.WriteErrorAsync(
                context.Response, StatusCodes.Status429TooManyRequests, "rate_limit_exceeded",
                "Simulated rate limit: too many requests.", retryAfter, token).ConfigureAwait(false);
            return;
        }

        ChatCompletionRequest request;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, token).ConfigureAwait(false);
            request = ChatCompletionRequestReader.Read(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (InvalidRequestException exception)
        {
            await ChatCompletionWriter.WriteErrorAsync(
                context.Response, StatusCodes.Status400BadRequest, "invalid_request_error", exception.Message, null, token).ConfigureAwait(false);
            return;
        }

        var occurrence = occurrences.Next(request.BodyHash);
        var fate = FaultDraw.From(RequestSeed.Stream(options.Seed, request.BodyHash, "faults", occurrence), options, occurrence);
        try
        {
            await RespondAsync(context, request, fate, occurrence, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client gave up (or the host is stopping): nobody is left to answer.
        }
    }

    private async Task RespondAsync(HttpContext context, ChatCompletionRequest request, FaultDraw fate, int occurrence, CancellationToken token)
    {
        if (fate.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fate.Latency, options.TimeProvider, token).ConfigureAwait(false);
        }

        switch (fate.Outcome)
        {
            case FaultOutcome.ServerError:
                counters.ServerError();
                await ChatCompletionWriter.WriteErrorAsync(
                    context.Response, StatusCodes.Status500InternalServerError, "server_error",
                    "Simulated internal server error.", null, token).ConfigureAwait(false);
                return;
            case FaultOutcome.Hang:
                counters.Timeout();
                await Task.Delay(options.TimeoutHang ?? Timeout.InfiniteTimeSpan, options.TimeProvider, token).ConfigureAwait(false);
                await ChatCompletionWriter.WriteErrorAsync(
                    context.Response, StatusCodes.Status504GatewayTimeout, "timeout",
                    "Simulated timeout.", null, token).ConfigureAwait(false);
                return;
            default:
                break;
        }

        ChatResponse answer;
        try
        {
            answer = await inner.GetResponseAsync(request.Messages, request.Options, token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
        {
            counters.ServerError();
            await ChatCompletionWriter.WriteErrorAsync(
                context.Response, StatusCodes.Status500InternalServerError, "server_error",
                $"The simulated model failed: {exception.Message}", null, token).ConfigureAwait(false);
            return;
        }

        var prompt = string.Join('\n', request.Messages.Select(message => message.Text));
        var shaped = ShapedAnswer.From(answer.Text, prompt, RequestSeed.Stream(options.Seed, request.BodyHash, "content"), options);
        var result = new CompletionResult(
            $"chatcmpl-sim-{request.BodyHash[..16]}-{occurrence}",
            options.TimeProvider.GetUtcNow().ToUnixTimeSeconds(),
            request.Model,
            shaped.Text,
            shaped.FinishReason,
            tokens.CountPrompt(request.Messages),
            tokens.Count(shaped.Text));
        if (request.Stream)
        {
            await ChatCompletionWriter.WriteStreamAsync(context.Response, result, request.IncludeUsage, token).ConfigureAwait(false);
        }
        else
        {
            await ChatCompletionWriter.WriteCompletionAsync(context.Response, result, token).ConfigureAwait(false);
        }

        if (shaped.Malformed)
        {
            counters.Malformed();
        }

        if (shaped.Truncated)
        {
            counters.Truncated();
        }

        counters.Completed();
    }
}
