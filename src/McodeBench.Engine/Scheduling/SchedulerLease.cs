namespace McodeBench.Engine.Scheduling;

/// <summary>
/// A task the scheduler handed out: it holds a slot of the global, run and model limits until completed. Complete it
/// exactly once with what happened (that is what drives the model's backoff); disposing an uncompleted lease frees the
/// slot as <see cref="LeaseOutcome.Failed"/> so a crashed executor cannot leak capacity.
/// </summary>
public sealed class SchedulerLease : IDisposable
{
    private readonly BenchmarkScheduler owner;
    private readonly CancellationTokenSource cancellation = new();

    internal SchedulerLease(BenchmarkScheduler owner, ScheduledItem item, long sequence, long dispatchNumber, int concurrencyLimit, int? requestsPerMinute, DateTimeOffset dispatchedAt)
    {
        this.owner = owner;
        Item = item;
        Sequence = sequence;
        DispatchNumber = dispatchNumber;
        ConcurrencyLimit = concurrencyLimit;
        RequestsPerMinute = requestsPerMinute;
        DispatchedAt = dispatchedAt;
    }

    public ScheduledItem Item { get; }

    public string TaskId => Item.TaskId;

    /// <summary>The enqueue sequence the task was served by.</summary>
    public long Sequence { get; }

    public DateTimeOffset DispatchedAt { get; }

    /// <summary>Cancelled when a control cancels the task (or its run); the executor then ends the task Cancelled.</summary>
    public CancellationToken CancellationToken => cancellation.Token;

    /// <summary>Why the task was cancelled, once it was.</summary>
    public string? CancellationReason { get; private set; }

    public bool IsCompleted { get; internal set; }

    internal long DispatchNumber { get; }

    internal int ConcurrencyLimit { get; }

    internal int? RequestsPerMinute { get; }

    /// <summary>Ends the lease and frees its slot.</summary>
    /// <exception cref="InvalidOperationException">The lease was already completed.</exception>
    public void Complete(LeaseOutcome outcome) => owner.Complete(this, outcome ?? throw new ArgumentNullException(nameof(outcome)));

    /// <summary>
    /// A 429 seen while the task goes on (e.g. the model layer retries it): the model backs off now rather than when the
    /// task ends.
    /// </summary>
    public void ReportRateLimited(TimeSpan? retryAfter = null) => owner.ReportRateLimited(this, retryAfter);

    public void Dispose()
    {
        owner.Abandon(this);
        cancellation.Dispose();
    }

    internal void RequestCancel(string? reason)
    {
        CancellationReason ??= reason ?? "cancelled";
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The executor finished and disposed the lease meanwhile: there is nothing left to cancel.
        }
    }
}
