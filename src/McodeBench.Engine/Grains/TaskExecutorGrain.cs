using McodeBench.Engine.Orchestration;
using Orleans.Concurrency;

namespace McodeBench.Engine.Grains;

/// <summary>
/// Thin on purpose: the work is <see cref="TaskRunner"/>'s. A stateless, reentrant worker, so one activation per silo
/// serves every concurrent task and the scheduler alone decides how many run.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class TaskExecutorGrain(TaskRunner runner) : Grain, ITaskExecutorGrain
{
    public Task<TaskRunReport> ExecuteAsync(string taskId, string runId, CancellationToken cancellationToken) =>
        runner.RunAsync(taskId, runId, cancellationToken);
}
