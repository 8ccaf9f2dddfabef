using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The columns of a task export, in order. Scores come from the task's score report; a task without one (not run,
/// failed before any call, or no gold) has every score and count empty, never 0. docs/exports.md lists them.
/// </summary>
public static class TaskResultColumns
{
    public static IReadOnlyList<ExportColumn<TaskResultRow>> All { get; } = Build();

    private static List<ExportColumn<TaskResultRow>> Build()
    {
        var columns = new List<ExportColumn<TaskResultRow>>
        {
            new("run_id", "The run the task belongs to.", r => ExportCell.Of(r.Task.RunId)),
            new("task_id", "The task's id (unique in the database).", r => ExportCell.Of(r.Task.Id)),
            new("pipeline", "two-step (extraction → mapping) or direct.", r => ExportCell.Of(ExportNames.Of(r.Task.Pipeline))),
            new("extraction_prompt", "Key of the extraction prompt (two-step); empty for direct.", r => ExportCell.Of(r.Task.ExtractionPromptKey)),
            new("mapping_prompt", "Key of the mapping prompt (two-step); empty for direct.", r => ExportCell.Of(r.Task.MappingPromptKey)),
            new("direct_prompt", "Key of the direct prompt; empty for two-step.", r => ExportCell.Of(r.Task.DirectPromptKey)),
            new("model", "Key of the model in the model library.", r => ExportCell.Of(r.Task.ModelKey)),
            new("simulated", "true when the model is simulated (its results are not a real model's).", r => ExportCell.Of(r.Simulated)),
            new("trial_id", "The ClinicalTrials.gov id of the trial.", r => ExportCell.Of(r.Task.TrialId)),
            new("repeat", "Repeat index of the (prompt, model, trial) cell, from 0.", r => ExportCell.Of(r.Task.RepeatIndex)),
            new("status", "pending, queued, running, paused, completed, failed or cancelled.", r => ExportCell.Of(ExportNames.Of(r.Task.Status))),
            new("failure_class", "Why the last attempt failed (provider_error, rate_limited, timeout, invalid_json, schema_violation, truncated, empty_or_refusal, cancelled); empty when it did not.", r => ExportCell.Of(r.Task.FailureClass is { } f ? ExportNames.Of(f) : null)),
            new("attempts", "Execution attempts so far.", r => ExportCell.Of(r.Task.AttemptCount)),
            new("started_utc", "When the last attempt started (ISO 8601, UTC).", r => ExportCell.Of(r.Task.StartedUtc)),
            new("finished_utc", "When the task finished (ISO 8601, UTC).", r => ExportCell.Of(r.Task.FinishedUtc)),
            new("scored", "true when the task has a score report (a failed task is scored as an empty prediction).", r => ExportCell.Of(r.Report is not null)),
        };

        foreach (var scheme in ExportNames.EntitySchemes)
        {
            AddCounts(columns, $"entity_{ExportNames.Of(scheme)}", $"entities, {ExportNames.Of(scheme)} scheme", report => report.Entities.Get(scheme));
        }

        foreach (var scheme in ExportNames.MappingSchemes)
        {
            AddCounts(columns, $"mapping_{ExportNames.Of(scheme)}", $"mCODE mappings, {ExportNames.Of(scheme)} scheme", report => report.Mappings.Get(scheme));
        }

        columns.AddRange(
        [
            new("compliance", "Share of predicted mappings passing all their mCODE STU4 checks; empty when there are none.", r => ExportCell.Of(r.Report?.Compliance.Compliance)),
            new("compliance_mappings", "Predicted mappings checked for compliance.", r => ExportCell.Of((long?)r.Report?.Compliance.Mappings)),
            new("compliance_passing", "Predicted mappings passing all their checks.", r => ExportCell.Of((long?)r.Report?.Compliance.Passing)),
            new("unsupported", "Predicted entities whose text occurs nowhere in the trial (counted among spurious).", r => ExportCell.Of((long?)r.Report?.Unsupported)),
            new("calls", "Model calls made, response-cache hits included.", r => ExportCell.Of(r.Task.Usage.Calls)),
            new("cache_hits", "Calls McodeBench's response cache answered (billed nothing).", r => ExportCell.Of(r.Task.Usage.CacheHits)),
            new("input_tokens", "Billed prompt tokens.", r => ExportCell.Of(r.Task.Usage.InputTokens)),
            new("output_tokens", "Billed completion tokens.", r => ExportCell.Of(r.Task.Usage.OutputTokens)),
            new("cached_input_tokens", "Billed prompt tokens the provider served from its own prompt cache.", r => ExportCell.Of(r.Task.Usage.CachedInputTokens)),
            new("would_be_input_tokens", "Prompt tokens of the calls the response cache answered.", r => ExportCell.Of(r.Task.Usage.WouldBeInputTokens)),
            new("would_be_output_tokens", "Completion tokens of the calls the response cache answered.", r => ExportCell.Of(r.Task.Usage.WouldBeOutputTokens)),
            new("cost_usd", "Billed cost in US dollars.", r => ExportCell.Of(r.Task.Usage.Cost)),
            new("would_be_cost_usd", "What the response-cache hits would have cost, in US dollars.", r => ExportCell.Of(r.Task.Usage.WouldBeCost)),
            new("latency_ms", "Sum of the calls' wall times, in milliseconds.", r => ExportCell.Of(r.Task.Usage.Latency.TotalMilliseconds)),
        ]);
        return columns;
    }

    private static void AddCounts(List<ExportColumn<TaskResultRow>> columns, string prefix, string what, Func<ScoreReport, OutcomeCounts> countsOf)
    {
        columns.Add(new($"{prefix}_precision", $"Precision of {what}; empty when undefined (nothing predicted).", r => ExportCell.Of(r.Report is { } report ? countsOf(report).Precision : null)));
        columns.Add(new($"{prefix}_recall", $"Recall of {what}; empty when undefined (nothing in the gold).", r => ExportCell.Of(r.Report is { } report ? countsOf(report).Recall : null)));
        columns.Add(new($"{prefix}_f1", $"F1 of {what}; empty when undefined.", r => ExportCell.Of(r.Report is { } report ? countsOf(report).F1 : null)));
        columns.Add(new($"{prefix}_cor", $"Correct ({what}).", r => ExportCell.Of((long?)(r.Report is { } report ? countsOf(report).Cor : null))));
        columns.Add(new($"{prefix}_inc", $"Incorrect ({what}).", r => ExportCell.Of((long?)(r.Report is { } report ? countsOf(report).Inc : null))));
        columns.Add(new($"{prefix}_par", $"Partial ({what}).", r => ExportCell.Of((long?)(r.Report is { } report ? countsOf(report).Par : null))));
        columns.Add(new($"{prefix}_mis", $"Missed ({what}).", r => ExportCell.Of((long?)(r.Report is { } report ? countsOf(report).Mis : null))));
        columns.Add(new($"{prefix}_spu", $"Spurious ({what}).", r => ExportCell.Of((long?)(r.Report is { } report ? countsOf(report).Spu : null))));
    }
}
