using System.Runtime.CompilerServices;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Retry;

/// <summary>
/// Retries transient failures (429, 408, 5xx, timeouts, unreachable endpoints) with exponential backoff and jitter,
/// honouring <c>Retry-After</c>; anything else fails at once. A call that fails for good ends in a
/// <see cref="ModelCallException"/> carrying the failure class and the attempt count; the caller's own cancellation
/// stays an <see cref="OperationCanceledException"/>. Successful responses carry the attempt count under
/// <see cref="ChatOptionKeys.Attempts"/>. Streams are retried only until their first update arrives.
/// </summary>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly RetryOptions options;
    private readonly ModelFailureClassifier classifier;

    public RetryingChatClient(IChatClient innerClient, RetryOptions? options = null)
        : base(innerClient)
    {
        this.options = options ?? new RetryOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxAttempts, 1, nameof(options));
        classifier = new ModelFailureClassifier(this.options.TimeProvider);
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var replayable = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await base.GetResponseAsync(replayable, options, cancellationToken).ConfigureAwait(false);
                (response.AdditionalProperties ??= [])[ChatOptionKeys.Attempts] = attempt;
                return response;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await WaitBeforeRetryAsync(exception, attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var replayable = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        IAsyncEnumerator<ChatResponseUpdate>? stream = null;
        var attempt = 0;
        var hasFirst = false;
        while (stream is null)
        {
            attempt++;
            var candidate = base.GetStreamingResponseAsync(replayable, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                hasFirst = await candidate.MoveNextAsync().ConfigureAwait(false);
                stream = candidate;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await candidate.DisposeAsync().ConfigureAwait(false);
                await WaitBeforeRetryAsync(exception, attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        await using (stream.ConfigureAwait(false))
        {
            if (!hasFirst)
            {
                yield break;
            }

            var first = stream.Current;
            (first.AdditionalProperties ??= [])[ChatOptionKeys.Attempts] = attempt;
            yield return first;
            while (await MoveNextOrFailAsync(stream, attempt, cancellationToken).ConfigureAwait(false))
            {
                yield return stream.Current;
            }
        }
    }

    /// <summary>After the first update a stream cannot be replayed, so a failure ends it, classified.</summary>
    private async Task<bool> MoveNextOrFailAsync(IAsyncEnumerator<ChatResponseUpdate> stream, int attempts, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ModelCallException
                                          && (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            var failure = classifier.Classify(exception, Endpoint, cancellationToken)
                          ?? new ModelFailure(FailureClass.ProviderError, false, null, null, exception.Message);
            throw new ModelCallException(failure.Failure, $"The response stream broke off: {failure.Description}", failure.StatusCode, attempts, exception);
        }
    }

    /// <summary>Waits before the next attempt, or throws the classified failure when there is none.</summary>
    private async Task WaitBeforeRetryAsync(Exception exception, int attempt, CancellationToken cancellationToken)
    {
        var failure = classifier.Classify(exception, Endpoint, cancellationToken);
        if (failure is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }

        if (!failure.IsRetryable)
        {
            throw exception as ModelCallException
                  ?? new ModelCallException(failure.Failure, failure.Description, failure.StatusCode, attempt, exception);
        }

        if (attempt >= options.MaxAttempts)
        {
            throw new ModelCallException(
                failure.Failure,
                $"{failure.Description} (gave up after {attempt} attempt{(attempt == 1 ? string.Empty : "s")})",
                failure.StatusCode,
                attempt,
                exception);
        }

        if (failure.RetryAfter > options.MaxRetryAfter)
        {
            throw new ModelCallException(
                failure.Failure,
                $"{failure.Description} (the server asked to wait {failure.RetryAfter.Value.TotalSeconds:0} s, more than the {options.MaxRetryAfter.TotalSeconds:0} s allowed)",
                failure.StatusCode,
                attempt,
                exception);
        }

        if (failure.Failure == FailureClass.RateLimited)
        {
            options.OnRateLimitedRetry?.Invoke(failure.RetryAfter);
        }

        var delay = failure.RetryAfter ?? Backoff(attempt);
        await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exponential backoff with "equal jitter": half of the step is fixed, half random, so retries spread out but never collapse to zero.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var step = options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(step, options.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
#pragma warning restore CA5394
    }

    private string Endpoint =>
        InnerClient.GetService<ChatClientMetadata>()?.ProviderUri?.ToString() ?? "the model endpoint";
}
