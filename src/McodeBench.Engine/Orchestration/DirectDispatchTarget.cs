namespace McodeBench.Engine.Orchestration;

/// <summary>Runs dispatched tasks on this thread pool without a silo: for tests and tools that drive the engine alone.</summary>
public sealed class DirectDispatchTarget(Func<TaskRunner> runner) : ITaskDispatchTarget
{
    public Task<TaskRunReport> RunAsync(string taskId, string runId, CancellationToken cancellationToken) =>
        runner().RunAsync(taskId, runId, cancellationToken);
}
