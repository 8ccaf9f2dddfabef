namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>The score report of a task's latest recorded attempt (table <c>score_reports</c>).</summary>
public sealed class ScoreReportRow
{
    public required string TaskId { get; set; }

    public int AttemptNumber { get; set; }

    /// <summary>The <see cref="Core.Scoring.ScoreReport"/> as JSON, written with <see cref="Core.Scoring.ScoringJson"/>.</summary>
    public required string Json { get; set; }

    public DateTime RecordedUtc { get; set; }
}
