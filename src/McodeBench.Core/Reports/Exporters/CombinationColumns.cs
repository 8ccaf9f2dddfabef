using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The columns of a combination export, in order: the leaderboard row, then the aggregates in both views of failed
/// tasks (SCORING.md): <c>all_</c> counts a failed task as an empty prediction (the ranking view), <c>successful_</c>
/// leaves failed tasks out. Undefined figures are empty, never 0. docs/exports.md lists them.
/// </summary>
public static class CombinationColumns
{
    public static IReadOnlyList<ExportColumn<CombinationResultRow>> All { get; } = Build();

    private static List<ExportColumn<CombinationResultRow>> Build()
    {
        var columns = new List<ExportColumn<CombinationResultRow>>
        {
            new("run_id", "The run the combination belongs to.", c => ExportCell.Of(c.Run.Id)),
            new("gold_digest", "SHA-256 of the gold the scores were computed against (empty when the run predates digests); rows with different digests were scored against different gold.", c => ExportCell.Of(c.Run.GoldDigest)),
            new("rank", "Place on the leaderboard (1 = best); undefined rank values come last.", c => ExportCell.Of(c.Row.Rank)),
            new("pipeline", "two-step (extraction → mapping) or direct.", c => ExportCell.Of(c.Row.Pipeline)),
            new("prompts", "Prompt keys, extraction → mapping for two-step.", c => ExportCell.Of(c.Row.Prompts)),
            new("model", "Key of the model in the model library.", c => ExportCell.Of(c.Row.Model)),
            new("simulated", "true when the model is simulated (its results are not a real model's).", c => ExportCell.Of(c.Row.Simulated)),
            new("tasks", "Finished tasks (completed or failed) of the combination.", c => ExportCell.Of(c.Row.Tasks)),
            new("failed_tasks", "Tasks that failed.", c => ExportCell.Of(c.Row.FailedTasks)),
            new("failure_rate", "failed_tasks / tasks; empty when there are no tasks.", c => ExportCell.Of(c.Row.FailureRate)),
            new("ranked_by", "The column the run ranks by (its value is rank_value).", c => ExportCell.Of(ExportNames.RankingColumn(c.Run.Ranking))),
            new("rank_value", "The value of the ranking metric; empty when undefined.", c => ExportCell.Of(c.Row.RankValue)),

            // The statistics layer (docs/statistics.md); empty when undefined or when the row has no statistics.
            new("rank_value_ci95_lower", "Lower end of the 95% cluster-bootstrap interval of rank_value (trials resampled, repeats kept together).", c => ExportCell.Of(c.Row.RankValueCi95?.Lower)),
            new("rank_value_ci95_upper", "Upper end of that interval.", c => ExportCell.Of(c.Row.RankValueCi95?.Upper)),
            new("tied_with_best", "true on the best row and where the Holm-adjusted p against it is at least alpha.", c => Of(c.Row.TiedWithBest)),
            new("rank_band", "\"1–3\" for a row tied with the best (ranks that cannot be told apart), else its own rank.", c => ExportCell.Of(c.Row.RankBand)),
            new("delta_vs_best", "rank_value of this row − the best row's, on the (trial, repeat) tasks both attempted; empty on the best row.", c => ExportCell.Of(c.Row.ComparisonToBest?.Delta)),
            new("delta_vs_best_ci95_lower", "Lower end of the paired-bootstrap 95% interval of delta_vs_best.", c => ExportCell.Of(c.Row.ComparisonToBest?.DeltaCi95?.Lower)),
            new("delta_vs_best_ci95_upper", "Upper end of that interval.", c => ExportCell.Of(c.Row.ComparisonToBest?.DeltaCi95?.Upper)),
            new("p_value_vs_best", "Two-sided approximate-randomization p of delta_vs_best.", c => ExportCell.Of(c.Row.ComparisonToBest?.PValue)),
            new("p_value_holm", "p_value_vs_best adjusted by Holm across every row compared with the best.", c => ExportCell.Of(c.Row.ComparisonToBest?.PValueHolm)),
            new("q_value_bh", "p_value_vs_best adjusted by Benjamini–Hochberg (false discovery rate) across the same rows.", c => ExportCell.Of(c.Row.ComparisonToBest?.QValueBh)),
            new("minimum_detectable_difference", "The |delta_vs_best| this many paired trials detect with 80% power (from the bootstrap SE).", c => ExportCell.Of(c.Row.ComparisonToBest?.MinimumDetectableDifference)),
            new("trials_paired_with_best", "Trials both this row and the best attempted.", c => ExportCell.Of((long?)c.Row.ComparisonToBest?.TrialsPaired)),
        };

        foreach (var failure in Enum.GetValues<FailureClass>())
        {
            var name = ExportNames.Of(failure);
            columns.Add(new($"failed_{name}", $"Failed tasks of class {name}; the failed_* columns add up to failed_tasks.", c => ExportCell.Of(c.Row.FailuresByClass.GetValueOrDefault(failure))));
        }

        AddView(columns, "all", "all attempts (a failed task counts as an empty prediction)", report => report.AllAttempts);
        AddView(columns, "successful", "successful tasks only", report => report.SuccessfulOnly);

        columns.AddRange(
        [
            new("input_tokens", "Billed prompt tokens, summed over the tasks.", c => ExportCell.Of(c.Row.InputTokens)),
            new("output_tokens", "Billed completion tokens, summed over the tasks.", c => ExportCell.Of(c.Row.OutputTokens)),
            new("cost_usd", "Billed cost in US dollars, summed over the tasks.", c => ExportCell.Of(c.Row.Cost)),
            new("cost_per_task_usd", "cost_usd / tasks; empty when there are no tasks.", c => c.Row.Tasks == 0 ? ExportCell.Empty : ExportCell.Of(c.Row.Cost / c.Row.Tasks)),
            new("would_be_cost_usd", "What the response-cache hits would have cost, in US dollars.", c => ExportCell.Of(c.Row.WouldBeCost)),
            new("latency_p50_ms", "Median task latency (sum of a task's call times), in milliseconds.", c => ExportCell.Of(c.Row.LatencyP50Ms)),
            new("latency_p95_ms", "95th percentile of task latency, in milliseconds.", c => ExportCell.Of(c.Row.LatencyP95Ms)),
            new("cost_per_correct_entity_usd", "Billed US dollars per correct entity under the ranking scheme; empty when none was correct.", c => Of(c.Row.CostPerCorrectEntity)),
            new("would_be_cost_per_correct_entity_usd", "What the response-cache hits would have cost per correct entity.", c => Of(c.Row.WouldBeCostPerCorrectEntity)),
            new("rank_value_per_dollar", "rank_value per billed dollar of one task; empty when nothing was billed.", c => ExportCell.Of(c.Row.RankValuePerDollar)),
            new("pareto_optimal", "true when no other row is at least as good on rank_value, cost per task and p95 latency and better on one.", c => Of(c.Row.ParetoOptimal)),
            new("stability_trials_with_repeats", "Trials attempted at least twice; empty without repeats (and so every stability_ column).", c => ExportCell.Of((long?)c.Row.Stability?.TrialsWithRepeats)),
            new("stability_entity_jaccard", "Mean Jaccard between repeats of a trial of the sets of (type, anchored span) predicted.", c => ExportCell.Of(c.Row.Stability?.EntityJaccard)),
            new("stability_mapping_jaccard", "Mean Jaccard between repeats of the sets of (element, normalised value) predicted.", c => ExportCell.Of(c.Row.Stability?.MappingJaccard)),
            new("stability_entity_flip_share", "Share of a trial's distinct predicted entities not predicted by every repeat.", c => ExportCell.Of(c.Row.Stability?.EntityFlipShare)),
            new("stability_mapping_flip_share", "The same share for mappings.", c => ExportCell.Of(c.Row.Stability?.MappingFlipShare)),
        ]);
        return columns;
    }

    private static ExportCell Of(bool? value) => value is bool v ? ExportCell.Of(v) : ExportCell.Empty;

    private static ExportCell Of(decimal? value) => value is decimal v ? ExportCell.Of(v) : ExportCell.Empty;

    private static void AddView(List<ExportColumn<CombinationResultRow>> columns, string view, string what, Func<AggregateReport, AggregateScore> scoreOf)
    {
        columns.Add(new($"{view}_scored_tasks", $"Tasks the {what} figures cover.", c => ExportCell.Of(scoreOf(c.Row.Aggregates).ScoredTasks)));
        foreach (var scheme in ExportNames.EntitySchemes)
        {
            AddScheme(columns, $"{view}_entity_{ExportNames.Of(scheme)}", $"entities, {ExportNames.Of(scheme)} scheme, {what}", c => scoreOf(c.Row.Aggregates).Entities.Get(scheme));
        }

        foreach (var scheme in ExportNames.MappingSchemes)
        {
            AddScheme(columns, $"{view}_mapping_{ExportNames.Of(scheme)}", $"mCODE mappings, {ExportNames.Of(scheme)} scheme, {what}", c => scoreOf(c.Row.Aggregates).Mappings.Get(scheme));
        }

        columns.Add(new($"{view}_compliance", $"Share of predicted mappings passing all their checks, {what}; empty when there are none.", c => ExportCell.Of(scoreOf(c.Row.Aggregates).Compliance.Compliance)));
    }

    private static void AddScheme(List<ExportColumn<CombinationResultRow>> columns, string prefix, string what, Func<CombinationResultRow, SchemeAggregate> aggregateOf)
    {
        columns.Add(new($"{prefix}_precision", $"Micro precision of {what}.", c => ExportCell.Of(aggregateOf(c).Micro.Precision)));
        columns.Add(new($"{prefix}_recall", $"Micro recall of {what}.", c => ExportCell.Of(aggregateOf(c).Micro.Recall)));
        columns.Add(new($"{prefix}_f1", $"Micro F1 of {what} (counts summed over trials and repeats).", c => ExportCell.Of(aggregateOf(c).Micro.F1)));
        columns.Add(new($"{prefix}_macro_f1", $"Macro F1 of {what}: mean of per-trial F1 over the trials where it is defined.", c => ExportCell.Of(aggregateOf(c).Macro.F1.Mean)));
        columns.Add(new($"{prefix}_f1_repeat_mean", $"Mean across repeats of the micro F1 of {what}.", c => ExportCell.Of(aggregateOf(c).Repeats.F1.Mean)));
        columns.Add(new($"{prefix}_f1_repeat_sd", $"Sample standard deviation across repeats of the micro F1 of {what}; empty with fewer than two repeats.", c => ExportCell.Of(aggregateOf(c).Repeats.F1.StandardDeviation)));
    }
}
