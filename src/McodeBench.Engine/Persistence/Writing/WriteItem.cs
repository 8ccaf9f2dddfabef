namespace McodeBench.Engine.Persistence.Writing;

/// <summary>One queued write. Its result is held back until its batch commits, so a caller never sees a write that could still roll back.</summary>
internal abstract class WriteItem(bool exclusive, CancellationToken cancellationToken)
{
    /// <summary>Runs in a transaction of its own (a long bulk write that should not be repeated if a neighbour fails).</summary>
    public bool Exclusive { get; } = exclusive;

    protected CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Withdraws the write when its caller gave up before it started; true when withdrawn.</summary>
    public abstract bool WithdrawIfCancelled();

    public abstract Task ExecuteAsync(BenchDbContext context, CancellationToken cancellationToken);

    /// <summary>Hands the result of the last execution to the caller, after the commit.</summary>
    public abstract void Publish();

    public abstract void Fail(Exception exception);
}
