using McodeBench.Core.Execution;
using McodeBench.Core.Provenance;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Rescoring;
using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Engine.Results;

/// <summary>
/// Recomputes every score of a finished run from its stored predictions against the workspace's (possibly new) gold,
/// with no model call: completed tasks are scored from the prediction stored with them, failed tasks as an empty
/// prediction (as a fresh run scores them). The replaced reports are kept under their old digests.
/// </summary>
public sealed class RunRescorer(BenchDatabase database, BenchmarkWorkspace workspace)
{
    private readonly BenchDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly BenchmarkWorkspace workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));

    /// <exception cref="RescoreRefusedException">The run is unknown, still running, covers a trial the workspace does not hold, or has a completed task without a stored prediction.</exception>
    public async Task<RescoreOutcome> RescoreAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var run = await database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new RescoreRefusedException($"There is no run '{runId}' in this database; mcodebench runs list shows the runs stored there.");
        if (run.Status is RunStatus.Running or RunStatus.Pending)
        {
            throw new RescoreRefusedException($"Run '{runId}' is {run.Status}: its tasks are still being scored. Pause or cancel it, or wait until it finishes, then rescore.");
        }

        var missing = run.Spec.TrialIds.Where(id => !workspace.Trials.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new RescoreRefusedException(
                $"Run '{runId}' covers trial(s) {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : string.Empty)} that the workspace does not load, so their predictions cannot be anchored. Point Trials (--trials or the setting) at the records the run used.");
        }

        var rescored = new List<RescoredTask>();
        var unscored = 0;
        var withoutPrediction = new List<string>();
        await foreach (var result in new RunResultsReader(database).ReadTasksAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            var task = result.Stored.Task;
            if (task.Status is not (TrackedTaskStatus.Completed or TrackedTaskStatus.Failed))
            {
                continue;
            }

            var prediction = task.Status == TrackedTaskStatus.Completed ? await database.Tasks.PredictionAsync(task.Id, cancellationToken).ConfigureAwait(false) : null;
            if (task.Status == TrackedTaskStatus.Completed && prediction is null)
            {
                withoutPrediction.Add(task.Id);
                continue;
            }

            var report = Score(task, prediction);
            unscored += report is null ? 1 : 0;
            rescored.Add(new RescoredTask(task.Id, task.AttemptCount, report));
        }

        // Scoring a completed task without its prediction as empty would invent misses; keeping its old report would
        // label it with gold it was not scored against. Neither is honest, so the rescore does not start.
        if (withoutPrediction.Count > 0)
        {
            throw new RescoreRefusedException(
                $"{withoutPrediction.Count} completed task(s) of run '{runId}' have no stored prediction (e.g. {withoutPrediction[0]}), so they cannot be rescored without calling the model again; nothing was changed. Retry those tasks, or rescore a run whose predictions are stored.");
        }

        var provenance = ScoringDigests.For(workspace, run.Spec.TrialIds);
        var replaced = await database.Rescoring.ReplaceScoresAsync(runId, provenance, rescored, cancellationToken).ConfigureAwait(false);
        return new RescoreOutcome(runId, run.GoldDigest, provenance, rescored.Count, replaced, unscored);
    }

    private ScoreReport? Score(BenchmarkTask task, Core.Annotations.Prediction? prediction)
    {
        if (!workspace.Gold.TryGetValue(task.TrialId, out var gold))
        {
            return null;
        }

        if (task.Status == TrackedTaskStatus.Failed)
        {
            // What TaskScore.ForFailure scores: an empty prediction, so the gold counts as missed.
            return Scorer.Score([], gold, Core.Annotations.Prediction.Empty, workspace.Scoring);
        }

        // As TaskExecutor does: predictions are anchored only in the sections the model was shown.
        var trial = workspace.Trial(task.TrialId);
        var sections = trial.Sections.Where(section => workspace.Sections.Contains(section.Name, StringComparer.Ordinal)).ToList();
        return Scorer.Score(sections, gold, prediction!, workspace.Scoring);
    }
}
