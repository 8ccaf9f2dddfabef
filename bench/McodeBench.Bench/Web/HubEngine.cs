using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;

namespace McodeBench.Bench.Web;

/// <summary>
/// An engine whose live events come from an <see cref="EngineEventHub"/> the harness publishes into (the engine's own
/// hub class: lines are stored, read back with their ids and fanned out to bounded subscriptions), and whose every
/// other member is the real engine's. Pages subscribe exactly as they do under <c>serve</c>.
/// </summary>
internal sealed class HubEngine(IBenchmarkEngine inner, EngineEventHub hub) : IBenchmarkEngine
{
    public BenchDatabase Database => inner.Database;

    public BenchmarkWorkspace Workspace => inner.Workspace;

    public string WorkerId => inner.WorkerId;

    public int GlobalConcurrency => inner.GlobalConcurrency;

    public Task<StartedRun> StartRunAsync(RunSpec spec, CancellationToken cancellationToken) => inner.StartRunAsync(spec, cancellationToken);

    public AdmissionResult Check(RunSpec spec) => inner.Check(spec);

    public Task<DryRunEstimate> EstimateAsync(RunSpec spec, CancellationToken cancellationToken) => inner.EstimateAsync(spec, cancellationToken);

    public Task<ControlResult> CancelRunAsync(string runId, CancellationToken cancellationToken) => inner.CancelRunAsync(runId, cancellationToken);

    public Task<ControlResult> CancelTaskAsync(string taskId, CancellationToken cancellationToken) => inner.CancelTaskAsync(taskId, cancellationToken);

    public Task<ControlResult> PauseRunAsync(string runId, CancellationToken cancellationToken) => inner.PauseRunAsync(runId, cancellationToken);

    public Task<ControlResult> ResumeRunAsync(string runId, CancellationToken cancellationToken) => inner.ResumeRunAsync(runId, cancellationToken);

    public Task<ControlResult> RetryFailedAsync(string runId, RetryScope scope, CancellationToken cancellationToken) => inner.RetryFailedAsync(runId, scope, cancellationToken);

    public Task<ControlResult> ChangeRunPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken) => inner.ChangeRunPriorityAsync(runId, priority, cancellationToken);

    public Task<ControlResult> ChangeTaskPriorityAsync(string taskId, TaskPriority priority, CancellationToken cancellationToken) => inner.ChangeTaskPriorityAsync(taskId, priority, cancellationToken);

    public void SetGlobalConcurrency(int limit) => inner.SetGlobalConcurrency(limit);

    public Task<RunProgress> GetProgressAsync(string runId, CancellationToken cancellationToken) => inner.GetProgressAsync(runId, cancellationToken);

    public EngineEventSubscription Subscribe(EngineEventFilter filter) => hub.Subscribe(filter);

    public EngineStatistics GetStatistics() => inner.GetStatistics();
}
