using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Web.Api;

/// <summary>A task as the API returns it. Scores are null where undefined (never 0 or 1); <see cref="Simulated"/> labels simulated models.</summary>
public sealed record TaskView(
    string Id,
    string RunId,
    string Name,
    TrackedTaskStatus Status,
    TaskPriority Priority,
    long Sequence,
    PipelineKind Pipeline,
    IReadOnlyList<string> PromptKeys,
    string ModelKey,
    bool Simulated,
    string TrialId,
    int RepeatIndex,
    int AttemptCount,
    string? WorkerId,
    DateTime CreatedUtc,
    DateTime? StartedUtc,
    DateTime? FinishedUtc,
    string? Error,
    FailureClass? FailureClass,
    bool? ValidationPassed,
    string? ResultSummary,
    UsageTotals Usage,
    HeadlineScores Scores)
{
    public static TaskView From(StoredTask stored, ModelLibrary models)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(models);
        var task = stored.Task;
        return new TaskView(
            task.Id, task.RunId, task.Name, task.Status, task.Priority, stored.Sequence, task.Pipeline, task.PromptKeys, task.ModelKey,
            models.IsSimulated(task.ModelKey),
            task.TrialId, task.RepeatIndex, task.AttemptCount, stored.WorkerId, task.CreatedUtc, task.StartedUtc, task.FinishedUtc,
            task.Error, task.FailureClass, task.ValidationPassed, task.ResultSummary, task.Usage, stored.Scores);
    }
}
