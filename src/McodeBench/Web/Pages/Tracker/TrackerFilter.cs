using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Web.Pages.Tracker;

/// <summary>What the tracker's filter bar asks for; turned into a <see cref="TaskQuery"/> for one page of tasks.</summary>
public sealed record TrackerFilter
{
    public IReadOnlyCollection<TrackedTaskStatus> Statuses { get; init; } = [];

    public string? RunId { get; init; }

    public string? PromptKey { get; init; }

    public string? ModelKey { get; init; }

    public string? TrialId { get; init; }

    public FailureClass? FailureClass { get; init; }

    public string? Text { get; init; }

    /// <summary>Only tasks whose <see cref="ScoreColumn"/> is at least this; tasks without that score are left out.</summary>
    public double? MinScore { get; init; }

    /// <summary>The F1 (or compliance) the score column shows and <see cref="MinScore"/> applies to.</summary>
    public TaskScoreColumn ScoreColumn { get; init; } = TaskScoreColumn.EntityF1Type;

    /// <summary>The sort labels of the tracker's columns and the task columns they sort by.</summary>
    public static IReadOnlyDictionary<string, string> SortColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["status"] = nameof(TaskRow.Status),
        ["priority"] = nameof(TaskRow.Priority),
        ["prompt"] = nameof(TaskRow.ExtractionPromptKey),
        ["model"] = nameof(TaskRow.ModelKey),
        ["trial"] = nameof(TaskRow.TrialId),
        ["repeat"] = nameof(TaskRow.RepeatIndex),
        ["attempts"] = nameof(TaskRow.AttemptCount),
        ["worker"] = nameof(TaskRow.WorkerId),
        ["started"] = nameof(TaskRow.StartedUtc),
        ["finished"] = nameof(TaskRow.FinishedUtc),
        ["latency"] = nameof(TaskRow.Latency),
        ["tokens"] = nameof(TaskRow.InputTokens),
        ["cost"] = nameof(TaskRow.Cost),
        ["score"] = "score",
        ["queue"] = nameof(TaskRow.Sequence),
    };

    public bool IsEmpty => this == new TrackerFilter { ScoreColumn = ScoreColumn };

    /// <param name="sortLabel">A key of <see cref="SortColumns"/>; anything else sorts by queue order.</param>
    public TaskQuery ToQuery(string? sortLabel, bool descending, int offset, int limit)
    {
        var sortBy = sortLabel is not null && SortColumns.TryGetValue(sortLabel, out var column) ? column : nameof(TaskRow.Sequence);
        if (sortBy == "score")
        {
            sortBy = ScoreColumn.ToString();
        }

        return new TaskQuery
        {
            RunId = Blank(RunId),
            Statuses = Statuses.Count == 0 ? null : Statuses,
            PromptKey = Blank(PromptKey),
            ModelKey = Blank(ModelKey),
            TrialId = Blank(TrialId),
            FailureClass = FailureClass,
            Text = Blank(Text),
            MinScore = MinScore,
            MinScoreColumn = ScoreColumn,
            SortBy = sortBy,
            Descending = descending,
            Offset = offset,
            Limit = limit,
        };
    }

    /// <summary>The headline score a task shows in the score column.</summary>
    public static double? ScoreOf(StoredTask task, TaskScoreColumn column)
    {
        ArgumentNullException.ThrowIfNull(task);
        return column switch
        {
            TaskScoreColumn.EntityF1Strict => task.Scores.EntityF1Strict,
            TaskScoreColumn.EntityF1Type => task.Scores.EntityF1Type,
            TaskScoreColumn.MappingF1Strict => task.Scores.MappingF1Strict,
            TaskScoreColumn.MappingF1Lenient => task.Scores.MappingF1Lenient,
            TaskScoreColumn.Compliance => task.Scores.Compliance,
            _ => null,
        };
    }

    public static string NameOf(TaskScoreColumn column) => column switch
    {
        TaskScoreColumn.EntityF1Strict => "Entity F1 (strict)",
        TaskScoreColumn.EntityF1Type => "Entity F1 (type)",
        TaskScoreColumn.MappingF1Strict => "Mapping F1 (strict)",
        TaskScoreColumn.MappingF1Lenient => "Mapping F1 (lenient)",
        TaskScoreColumn.Compliance => "Compliance",
        _ => column.ToString(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
