using McodeBench.Engine.Orchestration;

namespace McodeBench.Engine.Grains;

/// <summary>Runs one leased task on whichever silo Orleans picks (ARCHITECTURE.md: the Executor is a grain).</summary>
public interface ITaskExecutorGrain : IGrainWithIntegerKey
{
    Task<TaskRunReport> ExecuteAsync(string taskId, string runId, CancellationToken cancellationToken);
}
