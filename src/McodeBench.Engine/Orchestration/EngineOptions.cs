using McodeBench.Core.Tasks.Admission;
using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Engine.Orchestration;

/// <summary>How the engine runs; the defaults suit the embedded single-process setup.</summary>
public sealed record EngineOptions
{
    /// <summary>The most tasks one run may make (the <c>MaxTasksPerRun</c> setting); a larger spec is refused at admission.</summary>
    public long MaxTasksPerRun { get; init; } = RunAdmission.DefaultMaxTasksPerRun;

    /// <summary>Tasks running at once across all runs (each run's own concurrency applies within it).</summary>
    public int GlobalConcurrency { get; init; } = 8;

    /// <summary>
    /// True for a long-lived engine (<c>mcodebench serve</c>, a worker): it runs every queued task in the database and
    /// on start puts tasks a crash left Running back in the queue. False for a command that runs its own runs only
    /// (<c>mcodebench run</c>, <c>resume</c>, <c>retry</c>), so it never picks up someone else's work.
    /// </summary>
    public bool ServeAllRuns { get; init; }

    /// <summary>
    /// Queued tasks held in the scheduler at a time; the rest wait in the database. Bounded so a run of 100,000 tasks
    /// costs the same memory as one of 2,000.
    /// </summary>
    public int QueueWindow { get; init; } = 2_000;

    /// <summary>How often the queue is topped up from the database.</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long the feeder waits after a feed that found nothing new (the scheduler already holds every queued task);
    /// starting, resuming or retrying a run here wakes it at once, so this only delays work queued by other processes.
    /// </summary>
    public TimeSpan IdleFeedInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often runs are checked for completion, controls made by other processes, and progress sent.</summary>
    public TimeSpan SupervisorInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Events below this level go to live subscribers but are not stored.</summary>
    public EventLevel StoredEventLevel { get; init; } = EventLevel.Info;

    /// <summary>
    /// Emit a Success/Warning/Error line for every finished task. Off for load tests where the log itself would be
    /// the bottleneck; progress and run-level lines are always emitted.
    /// </summary>
    public bool LogEveryTask { get; init; } = true;
}
