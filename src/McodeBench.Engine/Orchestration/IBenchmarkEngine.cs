using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Persistence;

namespace McodeBench.Engine.Orchestration;

/// <summary>
/// The engine as the CLI, the web tracker and the API use it: start runs, control them while they go, watch progress
/// and events. Reads of runs, tasks, attempts and the event log go to <see cref="Database"/> directly.
/// </summary>
/// <remarks>
/// Controls throw <see cref="RunControlException"/> with a message for the user when they cannot apply (unknown id,
/// run already finished); starting throws <see cref="RunSpecRejectedException"/> with every problem found.
/// </remarks>
public interface IBenchmarkEngine
{
    /// <summary>The store every figure is read from (runs, tasks, attempts, predictions, score reports, events).</summary>
    BenchDatabase Database { get; }

    /// <summary>The prompts, models, trials and gold the engine runs against.</summary>
    BenchmarkWorkspace Workspace { get; }

    /// <summary>Who runs the tasks this engine claims; stored on tasks and attempts.</summary>
    string WorkerId { get; }

    /// <summary>Tasks running at once across all runs; changeable while running.</summary>
    int GlobalConcurrency { get; }

    /// <summary>Validates the spec against the workspace, stores the run and its tasks, and queues them.</summary>
    Task<StartedRun> StartRunAsync(RunSpec spec, CancellationToken cancellationToken);

    /// <summary>Every problem of the spec against the workspace and the run-size limit, at once; starts nothing.</summary>
    AdmissionResult Check(RunSpec spec);

    /// <summary>What the spec would cost (output estimated from earlier runs where there are any), without storing or calling anything.</summary>
    /// <exception cref="RunSpecRejectedException">The spec is not admitted; every problem is listed.</exception>
    Task<DryRunEstimate> EstimateAsync(RunSpec spec, CancellationToken cancellationToken);

    Task<ControlResult> CancelRunAsync(string runId, CancellationToken cancellationToken);

    Task<ControlResult> CancelTaskAsync(string taskId, CancellationToken cancellationToken);

    Task<ControlResult> PauseRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Resumes a paused run, or picks up a run a crash or Ctrl+C interrupted.</summary>
    Task<ControlResult> ResumeRunAsync(string runId, CancellationToken cancellationToken);

    Task<ControlResult> RetryFailedAsync(string runId, RetryScope scope, CancellationToken cancellationToken);

    Task<ControlResult> ChangeRunPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken);

    Task<ControlResult> ChangeTaskPriorityAsync(string taskId, TaskPriority priority, CancellationToken cancellationToken);

    void SetGlobalConcurrency(int limit);

    /// <summary>Done/total, counts per status, rate and ETA of one run.</summary>
    /// <exception cref="RunControlException">No run has that id.</exception>
    Task<RunProgress> GetProgressAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Live events from now on. The subscription's buffer is bounded: a subscriber that falls behind loses the oldest
    /// events (counted in <see cref="EngineEventSubscription.Dropped"/>) and never slows the engine. Dispose to stop.
    /// </summary>
    EngineEventSubscription Subscribe(EngineEventFilter filter);

    /// <summary>Queue depth, in-flight and rates per model, writer and event figures, for the System page.</summary>
    EngineStatistics GetStatistics();
}
