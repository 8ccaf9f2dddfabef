using McodeBench.Core.Models;
using System.Diagnostics.CodeAnalysis;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// The outcome of one pipeline run: the prediction or the failure (never both), every step's record, the parser's
/// warnings, and totals. The steps hold the raw outputs, so <see cref="PipelineRescorer"/> can rebuild the prediction.
/// </summary>
/// <param name="Pipeline">The pipeline's name (<see cref="TwoStepPipeline.Name"/> or <see cref="DirectPipeline.Name"/>).</param>
public sealed record PipelineResult(
    string Pipeline,
    Prediction? Prediction,
    PipelineFailure? Failure,
    IReadOnlyList<PipelineStepRecord> Steps,
    IReadOnlyList<string> Warnings)
{
    [MemberNotNullWhen(true, nameof(Prediction))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null && Prediction is not null;

    public UsageTotals Totals => UsageTotals.FromCalls(Steps.Where(step => step.Usage is not null).Select(step => step.Usage!)) with
    {
        // The task's latency is the wall time of its steps as the pipeline measured them, failed calls included.
        Latency = Steps.Aggregate(TimeSpan.Zero, (total, step) => total + step.Latency),
    };

    public static PipelineResult Success(string pipeline, Prediction prediction, IReadOnlyList<PipelineStepRecord> steps, IReadOnlyList<string> warnings) =>
        new(pipeline, prediction ?? throw new ArgumentNullException(nameof(prediction)), null, steps, warnings);

    public static PipelineResult Failed(string pipeline, PipelineFailure failure, IReadOnlyList<PipelineStepRecord> steps, IReadOnlyList<string> warnings) =>
        new(pipeline, null, failure ?? throw new ArgumentNullException(nameof(failure)), steps, warnings);
}
