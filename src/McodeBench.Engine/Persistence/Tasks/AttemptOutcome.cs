using McodeBench.Core.Annotations;
using McodeBench.Core.Execution;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// What one execution attempt produced, as <see cref="TaskRepository.FinishAsync"/> stores it: the attempt row
/// (steps, warnings, usage, failure), the prediction and the score report, and the task's recorded outcome.
/// </summary>
/// <param name="ValidationPassed">Whether the output parsed and validated; null when no output was judged (the call failed).</param>
/// <param name="ResultSummary">A short human summary for the tracker.</param>
public sealed record AttemptOutcome(
    UsageTotals Usage,
    IReadOnlyList<PipelineStepRecord> Steps,
    IReadOnlyList<string> Warnings,
    Prediction? Prediction = null,
    ScoreReport? ScoreReport = null,
    FailureClass? FailureClass = null,
    string? FailureMessage = null,
    bool? ValidationPassed = null,
    string? ResultSummary = null)
{
    /// <summary>An attempt that made no call (cancelled before it started, or failed outside the pipeline).</summary>
    public static AttemptOutcome Nothing(FailureClass? failureClass = null, string? failureMessage = null) =>
        new(UsageTotals.None, [], [], FailureClass: failureClass, FailureMessage: failureMessage);

    /// <summary>The outcome of <see cref="TaskExecutor.ExecuteAsync"/>.</summary>
    public static AttemptOutcome From(TaskExecution execution, string? resultSummary = null)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var pipeline = execution.Pipeline;
        return new(
            execution.Usage,
            pipeline.Steps,
            pipeline.Warnings,
            pipeline.Prediction,
            execution.Score?.Report,
            execution.Failure,
            pipeline.Failure?.Message,
            pipeline.IsSuccess ? true : JudgedOutput(pipeline.Failure!.Kind) ? false : null,
            resultSummary);
    }

    // Output failures mean the model answered and the answer was judged; call failures mean there was nothing to judge.
    private static bool JudgedOutput(FailureClass failure) =>
        failure is Core.Pipelines.FailureClass.InvalidJson or Core.Pipelines.FailureClass.SchemaViolation
            or Core.Pipelines.FailureClass.Truncated or Core.Pipelines.FailureClass.EmptyOrRefusal;
}
