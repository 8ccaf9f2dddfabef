using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Execution;

/// <summary>
/// Runs one benchmark task: trial text → pipeline over the model → parsed prediction → score against the gold.
/// The only piece that touches more than one stage (ARCHITECTURE.md); it holds no state of its own, so the engine
/// can run it anywhere and retry it freely.
/// </summary>
public sealed class TaskExecutor(BenchmarkWorkspace workspace, ModelClientRegistry clients, TimeProvider? time = null)
{
    public async Task<TaskExecution> ExecuteAsync(BenchmarkTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var trial = workspace.Trial(task.TrialId);
        var model = workspace.Models.Get(task.ModelKey);
        var client = clients.For(model);
        var text = TrialTextAssembler.Assemble(trial, workspace.Sections);

        IExtractionPipeline pipeline = task.Pipeline == PipelineKind.TwoStep
            ? new TwoStepPipeline(client, time)
            : new DirectPipeline(client, time);
        var request = new PipelineRequest(
            text,
            TrialContextText.Describe(trial),
            workspace.Prompts.Get(task.PromptKeys[0]),
            task.Pipeline == PipelineKind.TwoStep ? workspace.Prompts.Get(task.PromptKeys[1]) : null,
            model.Parameters,
            task.RepeatIndex,
            model.ModelId);

        var result = await pipeline.RunAsync(request, cancellationToken).ConfigureAwait(false);
        return new TaskExecution(result, Score(task, trial, result), result.Totals);
    }

    private TaskScore? Score(BenchmarkTask task, Trial trial, PipelineResult result)
    {
        if (!workspace.Gold.TryGetValue(trial.Id, out var gold))
        {
            return null;
        }

        return result.IsSuccess
            ? new TaskScore(Scorer.Score(SectionsSeenByTheModel(trial), gold, result.Prediction, workspace.Scoring), task.RepeatIndex)
            : TaskScore.ForFailure(gold, result.Failure.Kind, workspace.Scoring, task.RepeatIndex);
    }

    // Predictions are anchored only in the text the model was shown: a mention found in a section it never saw
    // cannot be what it meant.
    private List<TrialSection> SectionsSeenByTheModel(Trial trial) =>
        trial.Sections.Where(section => workspace.Sections.Contains(section.Name, StringComparer.Ordinal)).ToList();
}
