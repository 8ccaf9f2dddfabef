namespace McodeBench.Engine.Orchestration;

/// <summary>Where the dispatcher sends a task it leased: the executor grain in a silo, or a <see cref="TaskRunner"/> directly in tests.</summary>
public interface ITaskDispatchTarget
{
    Task<TaskRunReport> RunAsync(string taskId, string runId, CancellationToken cancellationToken);
}
