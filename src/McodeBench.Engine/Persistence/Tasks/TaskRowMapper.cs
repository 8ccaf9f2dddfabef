using McodeBench.Core.Models;
using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// Between <see cref="BenchmarkTask"/> and <see cref="TaskRow"/>. Restoring a stored task is the one place outside
/// <see cref="TaskStatusTransitions"/> that sets status, times and attempts: it puts back a state the transitions
/// produced earlier, it never makes a new one.
/// </summary>
internal static class TaskRowMapper
{
    /// <summary>The columns a status change or a recorded outcome writes.</summary>
    public static IReadOnlyList<string> StateProperties { get; } =
    [
        nameof(TaskRow.Status), nameof(TaskRow.Progress), nameof(TaskRow.StartedUtc), nameof(TaskRow.FinishedUtc),
        nameof(TaskRow.Error), nameof(TaskRow.AttemptCount), nameof(TaskRow.FailureClass), nameof(TaskRow.ValidationPassed),
        nameof(TaskRow.ResultSummary), nameof(TaskRow.Calls), nameof(TaskRow.CacheHits), nameof(TaskRow.InputTokens),
        nameof(TaskRow.OutputTokens), nameof(TaskRow.CachedInputTokens), nameof(TaskRow.WouldBeInputTokens),
        nameof(TaskRow.WouldBeOutputTokens), nameof(TaskRow.Cost), nameof(TaskRow.WouldBeCost), nameof(TaskRow.Latency),
    ];

    /// <summary>The headline score columns.</summary>
    public static IReadOnlyList<string> ScoreProperties { get; } =
    [
        nameof(TaskRow.EntityF1Strict), nameof(TaskRow.EntityF1Type), nameof(TaskRow.MappingF1Strict),
        nameof(TaskRow.MappingF1Lenient), nameof(TaskRow.Compliance),
    ];

    public static TaskRow ToRow(BenchmarkTask task, long sequence = 0)
    {
        ArgumentNullException.ThrowIfNull(task);
        var row = new TaskRow
        {
            Id = task.Id,
            RunId = task.RunId,
            Name = task.Name,
            Description = task.Description,
            Pipeline = task.Pipeline,
            ExtractionPromptKey = task.ExtractionPromptKey,
            MappingPromptKey = task.MappingPromptKey,
            DirectPromptKey = task.DirectPromptKey,
            ModelKey = task.ModelKey,
            TrialId = task.TrialId,
            RepeatIndex = task.RepeatIndex,
            TagsJson = PersistenceJson.Serialize(task.Tags),
            Priority = task.Priority,
            Sequence = sequence,
            CreatedUtc = task.CreatedUtc,
        };
        CopyState(task, row);
        return row;
    }

    public static void CopyState(BenchmarkTask task, TaskRow row)
    {
        row.Status = task.Status;
        row.Progress = task.Progress;
        row.StartedUtc = task.StartedUtc;
        row.FinishedUtc = task.FinishedUtc;
        row.Error = Core.Pipelines.SecretScrubber.ScrubOptional(task.Error);
        row.AttemptCount = task.AttemptCount;
        row.FailureClass = task.FailureClass;
        row.ValidationPassed = task.ValidationPassed;
        row.ResultSummary = task.ResultSummary;
        var usage = task.Usage;
        row.Calls = usage.Calls;
        row.CacheHits = usage.CacheHits;
        row.InputTokens = usage.InputTokens;
        row.OutputTokens = usage.OutputTokens;
        row.CachedInputTokens = usage.CachedInputTokens;
        row.WouldBeInputTokens = usage.WouldBeInputTokens;
        row.WouldBeOutputTokens = usage.WouldBeOutputTokens;
        row.Cost = usage.Cost;
        row.WouldBeCost = usage.WouldBeCost;
        row.Latency = usage.Latency;
    }

    public static BenchmarkTask ToTask(TaskRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string[] prompts = row.Pipeline == PipelineKind.TwoStep
            ? [row.ExtractionPromptKey ?? string.Empty, row.MappingPromptKey ?? string.Empty]
            : [row.DirectPromptKey ?? string.Empty];
        var task = new BenchmarkTask(
            row.Id,
            row.Name,
            row.CreatedUtc,
            row.RunId,
            row.Pipeline,
            prompts,
            row.ModelKey,
            row.TrialId,
            row.RepeatIndex,
            row.Priority,
            row.Description,
            PersistenceJson.Deserialize<List<string>>(row.TagsJson, $"tags of task '{row.Id}'"));
        RestoreState(task, row);
        return task;
    }

    public static void RestoreState(BenchmarkTask task, TaskRow row)
    {
        task.Status = row.Status;
        task.Progress = row.Progress;
        task.StartedUtc = row.StartedUtc;
        task.FinishedUtc = row.FinishedUtc;
        task.Error = row.Error;
        task.AttemptCount = row.AttemptCount;
        task.Priority = row.Priority;
        task.RecordOutcome(UsageOf(row), row.ValidationPassed, row.FailureClass, row.ResultSummary);
    }

    public static UsageTotals UsageOf(TaskRow row) => new(
        row.Calls, row.CacheHits, row.InputTokens, row.OutputTokens, row.CachedInputTokens,
        row.WouldBeInputTokens, row.WouldBeOutputTokens, row.Cost, row.WouldBeCost, row.Latency);

    public static HeadlineScores ScoresOf(TaskRow row) =>
        new(row.EntityF1Strict, row.EntityF1Type, row.MappingF1Strict, row.MappingF1Lenient, row.Compliance);

    public static void SetScores(TaskRow row, HeadlineScores scores)
    {
        row.EntityF1Strict = scores.EntityF1Strict;
        row.EntityF1Type = scores.EntityF1Type;
        row.MappingF1Strict = scores.MappingF1Strict;
        row.MappingF1Lenient = scores.MappingF1Lenient;
        row.Compliance = scores.Compliance;
    }

    public static StoredTask ToStored(TaskRow row) => new(ToTask(row), row.Sequence, row.WorkerId, ScoresOf(row));
}
