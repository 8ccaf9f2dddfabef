namespace McodeBench.Engine.Persistence.Writing;

/// <summary>A queued write returning <typeparamref name="T"/> to its caller.</summary>
internal sealed class WriteItemOf<T>(Func<BenchDbContext, CancellationToken, Task<T>> write, bool exclusive, CancellationToken cancellationToken)
    : WriteItem(exclusive, cancellationToken)
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;

    public Task<T> Completion => completion.Task;

    public override bool WithdrawIfCancelled()
    {
        if (!CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        completion.TrySetCanceled(CancellationToken);
        return true;
    }

    public override async Task ExecuteAsync(BenchDbContext context, CancellationToken cancellationToken) =>
        result = await write(context, cancellationToken).ConfigureAwait(false);

    public override void Publish() => completion.TrySetResult(result!);

    public override void Fail(Exception exception) => completion.TrySetException(exception);
}
