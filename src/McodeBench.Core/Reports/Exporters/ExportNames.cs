using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>The names exports write for enum values: lower case and stable, whatever the C# names become.</summary>
public static class ExportNames
{
    public static IReadOnlyList<EntityScheme> EntitySchemes { get; } = [EntityScheme.Strict, EntityScheme.Exact, EntityScheme.Partial, EntityScheme.Type];

    public static IReadOnlyList<MappingScheme> MappingSchemes { get; } = [MappingScheme.Strict, MappingScheme.Lenient];

    /// <summary>"two-step" or "direct", as the leaderboard names them.</summary>
    public static string Of(PipelineKind pipeline) => pipeline switch
    {
        PipelineKind.TwoStep => "two-step",
        PipelineKind.Direct => "direct",
        _ => throw new ArgumentOutOfRangeException(nameof(pipeline), pipeline, "Unknown pipeline."),
    };

    public static string Of(TrackedTaskStatus status) => status switch
    {
        TrackedTaskStatus.Pending => "pending",
        TrackedTaskStatus.Queued => "queued",
        TrackedTaskStatus.Running => "running",
        TrackedTaskStatus.Paused => "paused",
        TrackedTaskStatus.Completed => "completed",
        TrackedTaskStatus.Failed => "failed",
        TrackedTaskStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown task status."),
    };

    public static string Of(EntityScheme scheme) => scheme switch
    {
        EntityScheme.Strict => "strict",
        EntityScheme.Exact => "exact",
        EntityScheme.Partial => "partial",
        EntityScheme.Type => "type",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown entity scheme."),
    };

    public static string Of(MappingScheme scheme) => scheme switch
    {
        MappingScheme.Strict => "strict",
        MappingScheme.Lenient => "lenient",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown mapping scheme."),
    };

    /// <summary>
    /// The combination column (all-attempts view) whose value a run ranks by, e.g. <c>all_entity_type_f1</c> or
    /// <c>all_compliance</c>: the rank value of a row is that column's value.
    /// </summary>
    public static string RankingColumn(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Measure == RankingMeasure.Compliance)
        {
            return "all_compliance";
        }

        var measure = metric.Measure switch
        {
            RankingMeasure.F1 => "f1",
            RankingMeasure.Precision => "precision",
            RankingMeasure.Recall => "recall",
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Measure, "Unknown ranking measure."),
        };
        var scheme = metric.Target == RankingTarget.Entity
            ? "entity_" + Of(metric.Scheme)
            : "mapping_" + Of(metric.MappingScheme);
        return $"all_{scheme}_{measure}";
    }

    public static string Of(FailureClass failure) => failure.ToWireName();

    /// <summary>"all_attempts" or "successful_only", as the REST API names the views.</summary>
    public static string Of(AggregateView view) => view switch
    {
        AggregateView.AllAttempts => "all_attempts",
        AggregateView.SuccessfulOnly => "successful_only",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown aggregate view."),
    };

    /// <summary>"task", "combo", "summary", "model", "prompt", "element" or "type", as <c>--level</c> and <c>level=</c> name them.</summary>
    public static string Of(ExportLevel level) => level switch
    {
        ExportLevel.Task => "task",
        ExportLevel.Combination => "combo",
        ExportLevel.Summary => "summary",
        ExportLevel.Model => "model",
        ExportLevel.Prompt => "prompt",
        ExportLevel.Element => "element",
        ExportLevel.Type => "type",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown export level."),
    };

    /// <summary>The level a name means (<see cref="Of(ExportLevel)"/>, case-insensitive), or null for an unknown name.</summary>
    public static ExportLevel? LevelNamed(string? name) =>
        Enum.GetValues<ExportLevel>().Select(level => (ExportLevel?)level).FirstOrDefault(level => string.Equals(Of(level!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The counts a metric's P, R and F1 are read from, e.g. <c>entity_type</c> or <c>mapping_lenient</c>
    /// (<see cref="Figures.MetricCounts"/>: compliance reads the lenient mapping counts).
    /// </summary>
    public static string CountsOf(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Target == RankingTarget.Entity && metric.Measure != RankingMeasure.Compliance
            ? "entity_" + Of(metric.Scheme)
            : "mapping_" + Of(Figures.MetricCounts.MappingSchemeOf(metric));
    }
}
