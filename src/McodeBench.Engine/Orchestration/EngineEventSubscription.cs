using System.Threading.Channels;

namespace McodeBench.Engine.Orchestration;

/// <summary>A live subscriber's view of the engine's events; dispose it to unsubscribe.</summary>
public abstract class EngineEventSubscription : IDisposable
{
    /// <summary>The events, oldest first; completes when the subscription is disposed or the engine stops.</summary>
    public abstract ChannelReader<EngineEvent> Reader { get; }

    /// <summary>Events this subscriber lost because its buffer was full.</summary>
    public abstract long Dropped { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
