using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// A stored benchmark task (table <c>tasks</c>): everything of <see cref="BenchmarkTask"/>, its place in the queue,
/// the worker running it and its headline scores as plain columns, so lists can be filtered and sorted in SQL.
/// <see cref="Status"/> and <see cref="AttemptCount"/> are concurrency tokens: a write that expected another state
/// (a task cancelled or requeued meanwhile) is refused instead of overwriting it.
/// </summary>
public sealed class TaskRow
{
    public required string Id { get; set; }

    public required string RunId { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = string.Empty;

    public PipelineKind Pipeline { get; set; }

    public string? ExtractionPromptKey { get; set; }

    public string? MappingPromptKey { get; set; }

    public string? DirectPromptKey { get; set; }

    public required string ModelKey { get; set; }

    public required string TrialId { get; set; }

    public int RepeatIndex { get; set; }

    /// <summary>The task's tags as a JSON array.</summary>
    public string TagsJson { get; set; } = "[]";

    public TrackedTaskStatus Status { get; set; }

    public TaskPriority Priority { get; set; }

    /// <summary>Position in the queue within a priority (lower runs first); see docs/persistence.md.</summary>
    public long Sequence { get; set; }

    public double Progress { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string? Error { get; set; }

    public int AttemptCount { get; set; }

    public FailureClass? FailureClass { get; set; }

    public bool? ValidationPassed { get; set; }

    public string? ResultSummary { get; set; }

    /// <summary>The worker (process or silo) running or last running the task.</summary>
    public string? WorkerId { get; set; }

    public int Calls { get; set; }

    public int CacheHits { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public long CachedInputTokens { get; set; }

    public long WouldBeInputTokens { get; set; }

    public long WouldBeOutputTokens { get; set; }

    public decimal Cost { get; set; }

    public decimal WouldBeCost { get; set; }

    public TimeSpan Latency { get; set; }

    public double? EntityF1Strict { get; set; }

    public double? EntityF1Type { get; set; }

    public double? MappingF1Strict { get; set; }

    public double? MappingF1Lenient { get; set; }

    public double? Compliance { get; set; }

    /// <summary>A field-by-field copy, so a queued write can be run again on a fresh context.</summary>
    public TaskRow Copy() => (TaskRow)MemberwiseClone();
}
