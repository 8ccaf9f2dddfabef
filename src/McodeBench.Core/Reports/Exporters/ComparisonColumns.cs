using McodeBench.Core.Reports.Comparisons;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The columns of a model or prompt comparison export (<see cref="ComparisonTable"/>): micro P, R and F1 of the
/// metric's counts summed over the key's scored tasks, compliance, failures, money and latency. Undefined figures are
/// empty, never 0. docs/exports.md lists them.
/// </summary>
public static class ComparisonColumns
{
    public static ExportTable<ReportRow<ComparisonRow>> Models { get; } = new("model-comparison", "Model comparison", Build("model", "Key of the model in the model library."));

    public static ExportTable<ReportRow<ComparisonRow>> Prompts { get; } = new("prompt-comparison", "Prompt comparison", Build("prompts", "Prompt keys, extraction → mapping for two-step."));

    private static List<ExportColumn<ReportRow<ComparisonRow>>> Build(string key, string keyDescription) =>
    [
        new("run_id", "The run the row belongs to.", r => ExportCell.Of(r.Run.Id)),
        new("view", "all_attempts (a failed task counts as an empty prediction) or successful_only.", r => ExportCell.Of(ExportNames.Of(r.Run.View))),
        new("counts", "The counts precision, recall and F1 are read from, e.g. entity_type or mapping_lenient.", r => ExportCell.Of(ExportNames.CountsOf(r.Run.Ranking))),
        new(key, keyDescription, r => ExportCell.Of(r.Row.Key)),
        new("simulated", "true when the model is simulated (model rows only; its results are not a real model's).", r => ExportCell.Of(r.Row.Simulated)),
        new("tasks", "Finished tasks (completed or failed).", r => ExportCell.Of(r.Row.Tasks)),
        new("failed_tasks", "Tasks that failed.", r => ExportCell.Of(r.Row.FailedTasks)),
        new("failure_rate", "failed_tasks / tasks.", r => ExportCell.Of(r.Row.FailureRate)),
        new("precision", "Micro precision (counts summed over the scored tasks); empty when undefined.", r => ExportCell.Of(r.Row.Precision)),
        new("recall", "Micro recall; empty when undefined.", r => ExportCell.Of(r.Row.Recall)),
        new("f1", "Micro F1; empty when undefined.", r => ExportCell.Of(r.Row.F1)),
        new("compliance", "Share of predicted mappings passing all their checks; empty when there are none.", r => ExportCell.Of(r.Row.Compliance)),
        new("cost_usd", "Billed cost in US dollars, summed over the tasks.", r => ExportCell.Of(r.Row.Cost)),
        new("latency_p50_ms", "Median task latency over tasks that made calls, in milliseconds.", r => ExportCell.Of(r.Row.LatencyP50Ms)),
    ];
}
