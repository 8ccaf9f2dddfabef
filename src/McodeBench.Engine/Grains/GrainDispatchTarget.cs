using McodeBench.Engine.Orchestration;

namespace McodeBench.Engine.Grains;

/// <summary>Sends leased tasks to the executor grain.</summary>
public sealed class GrainDispatchTarget(IGrainFactory grains) : ITaskDispatchTarget
{
    public Task<TaskRunReport> RunAsync(string taskId, string runId, CancellationToken cancellationToken) =>
        grains.GetGrain<ITaskExecutorGrain>(0).ExecuteAsync(taskId, runId, cancellationToken);
}
