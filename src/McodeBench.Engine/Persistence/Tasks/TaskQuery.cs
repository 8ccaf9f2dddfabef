using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// Which tasks to list and in what order. Every filter is optional; <see cref="SortBy"/> names any column of the
/// tasks table, as property or column name (<c>Cost</c>, <c>entity_f1_type</c>).
/// </summary>
public sealed record TaskQuery
{
    public string? RunId { get; init; }

    public IReadOnlyCollection<TrackedTaskStatus>? Statuses { get; init; }

    public string? ModelKey { get; init; }

    public string? TrialId { get; init; }

    public int? RepeatIndex { get; init; }

    /// <summary>Tasks using this prompt in any role (extraction, mapping or direct).</summary>
    public string? PromptKey { get; init; }

    public FailureClass? FailureClass { get; init; }

    /// <summary>Only tasks whose <see cref="MinScoreColumn"/> is at least this (tasks without that score are left out).</summary>
    public double? MinScore { get; init; }

    public TaskScoreColumn MinScoreColumn { get; init; } = TaskScoreColumn.EntityF1Type;

    /// <summary>
    /// Free text, case-insensitive: tasks whose id, name, model, trial, prompt keys, worker or error contain it.
    /// Null or blank for all.
    /// </summary>
    public string? Text { get; init; }

    public string SortBy { get; init; } = nameof(TaskRow.Sequence);

    public bool Descending { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;
}
