using McodeBench.Core.Pipelines;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// An attempt ready to store, serialised on the caller's thread (so the single writer only writes) and immutable
/// (so a write retried after a failed batch builds the same rows again).
/// </summary>
internal sealed record PendingAttempt(
    string TaskId,
    int AttemptNumber,
    string? WorkerId,
    DateTime? StartedUtc,
    DateTime FinishedUtc,
    AttemptEnd EndedAs,
    FailureClass? FailureClass,
    string? FailureMessage,
    string StepsJson,
    string WarningsJson,
    string UsageJson,
    string? PredictionJson,
    string? ScoreReportJson)
{
    public AttemptRow ToAttemptRow() => new()
    {
        TaskId = TaskId,
        AttemptNumber = AttemptNumber,
        WorkerId = WorkerId,
        StartedUtc = StartedUtc,
        FinishedUtc = FinishedUtc,
        EndedAs = EndedAs,
        FailureClass = FailureClass,
        FailureMessage = Core.Pipelines.SecretScrubber.ScrubOptional(FailureMessage),
        StepsJson = StepsJson,
        WarningsJson = WarningsJson,
        UsageJson = UsageJson,
    };

    public PredictionRow? ToPredictionRow() => PredictionJson is null
        ? null
        : new PredictionRow { TaskId = TaskId, AttemptNumber = AttemptNumber, Json = PredictionJson, RecordedUtc = FinishedUtc };

    public ScoreReportRow? ToScoreReportRow() => ScoreReportJson is null
        ? null
        : new ScoreReportRow { TaskId = TaskId, AttemptNumber = AttemptNumber, Json = ScoreReportJson, RecordedUtc = FinishedUtc };
}
