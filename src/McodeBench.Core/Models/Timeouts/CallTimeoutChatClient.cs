using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Timeouts;

/// <summary>
/// Gives every call (every attempt, when it sits inside the retry middleware) its own deadline. A call cut off by
/// the deadline surfaces as a <see cref="TimeoutException"/>, which the retry layer treats as a transient timeout;
/// the caller's own cancellation still surfaces as an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class CallTimeoutChatClient : DelegatingChatClient
{
    private readonly TimeSpan timeout;
    private readonly TimeProvider timeProvider;

    /// <param name="timeout">Deadline of one call; <see cref="Timeout.InfiniteTimeSpan"/> or zero disables it.</param>
    public CallTimeoutChatClient(IChatClient innerClient, TimeSpan timeout, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        this.timeout = timeout;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    private bool Enabled => timeout > TimeSpan.Zero;

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await base.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(exception);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var stream = base.GetStreamingResponseAsync(messages, options, linked.Token).GetAsyncEnumerator(linked.Token);
        await using (stream.ConfigureAwait(false))
        {
            while (await MoveNextAsync(stream, deadline, cancellationToken).ConfigureAwait(false))
            {
                yield return stream.Current;
            }
        }
    }

    private async Task<bool> MoveNextAsync(IAsyncEnumerator<ChatResponseUpdate> stream, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(exception);
        }
    }

    private TimeoutException TimedOut(Exception inner) =>
        new($"The model call did not finish within {timeout.TotalSeconds:0.###} s.", inner);
}
