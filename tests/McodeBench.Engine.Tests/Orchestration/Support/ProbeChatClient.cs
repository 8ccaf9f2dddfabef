using Microsoft.Extensions.AI;

namespace McodeBench.Engine.Tests.Orchestration.Support;

/// <summary>
/// The simulator's inner model in engine tests: the rules baseline behind a probe that counts the calls the engine
/// makes (started, in flight, the peak in flight), takes <see cref="Delay"/> to answer, and can leave every call after
/// the first <see cref="AnswerCount"/> held until <see cref="ReleaseAll"/> or until the client gives up, so a test
/// knows exactly which tasks are running when it acts. The simulator applies its own latency before calling here, so
/// only this delay and the holding are visible as calls in flight.
/// </summary>
internal sealed class ProbeChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int started;
    private int inFlight;
    private int peak;
    private int answered;
    private long delayTicks;
    private int answerCount = int.MaxValue;

    /// <summary>How long each call takes before the inner model answers.</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set => Interlocked.Exchange(ref delayTicks, value.Ticks);
    }

    /// <summary>Calls answered before every further call is held (until released or cancelled); unlimited by default.</summary>
    public int AnswerCount
    {
        get => Volatile.Read(ref answerCount);
        set => Volatile.Write(ref answerCount, value);
    }

    public int Started => Volatile.Read(ref started);

    public int InFlight => Volatile.Read(ref inFlight);

    public int Answered => Volatile.Read(ref answered);

    /// <summary>The most calls in flight at once since the start or the last <see cref="ResetPeak"/>.</summary>
    public int Peak
    {
        get
        {
            lock (gate)
            {
                return peak;
            }
        }
    }

    /// <summary>Lets the held calls go on and holds no more.</summary>
    public void ReleaseAll()
    {
        AnswerCount = int.MaxValue;
        released.TrySetResult();
    }

    /// <summary>Starts counting the peak again from the calls in flight now.</summary>
    public void ResetPeak()
    {
        lock (gate)
        {
            peak = inFlight;
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        int number;
        lock (gate)
        {
            number = ++started;
            peak = Math.Max(peak, ++inFlight);
        }

        try
        {
            if (number > AnswerCount)
            {
                await released.Task.WaitAsync(cancellationToken);
            }

            await Task.Delay(Delay, cancellationToken);
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            Interlocked.Increment(ref answered);
            return response;
        }
        finally
        {
            lock (gate)
            {
                inFlight--;
            }
        }
    }
}
