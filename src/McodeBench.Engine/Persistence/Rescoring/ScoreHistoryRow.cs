namespace McodeBench.Engine.Persistence.Rescoring;

/// <summary>
/// A score report a rescore replaced (table <c>score_history</c>), kept with the digests of the gold and trial texts it
/// was computed against, so earlier scores stay readable and labelled after the gold changes.
/// </summary>
public sealed class ScoreHistoryRow
{
    public long Id { get; set; }

    public required string RunId { get; set; }

    public required string TaskId { get; set; }

    /// <summary>The attempt whose prediction the replaced report scored.</summary>
    public int AttemptNumber { get; set; }

    /// <summary>The run's gold digest when this report was current; null when the run predates digests.</summary>
    public string? GoldDigest { get; set; }

    public string? TrialTextDigest { get; set; }

    /// <summary>When the report was replaced.</summary>
    public DateTime ReplacedUtc { get; set; }

    /// <summary>The replaced <see cref="Core.Scoring.ScoreReport"/>, as it was stored.</summary>
    public required string Json { get; set; }
}
