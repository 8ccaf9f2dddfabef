using McodeBench.Core.Pipelines;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>One execution attempt of a task (table <c>attempts</c>), kept even when a later attempt replaces its result.</summary>
public sealed class AttemptRow
{
    public long Id { get; set; }

    public required string TaskId { get; set; }

    /// <summary>The task's attempt count when the attempt ran (1 for the first); unique per task.</summary>
    public int AttemptNumber { get; set; }

    public string? WorkerId { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime FinishedUtc { get; set; }

    public AttemptEnd EndedAs { get; set; }

    public FailureClass? FailureClass { get; set; }

    public string? FailureMessage { get; set; }

    /// <summary>The pipeline steps (<see cref="PipelineStepRecord"/>: prompt as sent, raw output, finish reason, call usage) as JSON.</summary>
    public string StepsJson { get; set; } = "[]";

    /// <summary>The parser's warnings as a JSON array.</summary>
    public string WarningsJson { get; set; } = "[]";

    /// <summary>The attempt's <see cref="Core.Models.UsageTotals"/> as JSON.</summary>
    public string UsageJson { get; set; } = "{}";
}
