namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// One task's status change as the writer applies it: the state before (whose status and attempt count the stored
/// row must still have) and after, plus what goes with it. Rows here are never modified; the writer copies them.
/// </summary>
internal sealed record TaskChange(
    TaskRow Before,
    TaskRow After,
    string? WorkerId,
    bool Renumber,
    HeadlineScores? Scores,
    PendingAttempt? Attempt);
