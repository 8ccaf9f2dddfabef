using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Parsing of a recorded step shared by the pipelines (at run time) and <see cref="PipelineRescorer"/> (later), so
/// both read the same raw output the same way.
/// </summary>
internal static class StepInterpretation
{
    /// <summary>The step's own call failure, or the parse of its raw output; parser warnings go to <paramref name="warnings"/> prefixed with the step.</summary>
    public static (ParseOutcome? Outcome, PipelineFailure? Failure) Parse(
        PipelineStepRecord step, ParseContext context, List<string> warnings)
    {
        if (step.CallFailure is { } callFailure)
        {
            return (null, new PipelineFailure(callFailure, step.CallFailureMessage ?? callFailure.ToWireName(), step.Step));
        }

        var finishReason = string.IsNullOrWhiteSpace(step.FinishReason) ? (ChatFinishReason?)null : new ChatFinishReason(step.FinishReason);
        var outcome = ModelOutputParser.Parse(step.RawOutput, finishReason, context);
        warnings.AddRange(outcome.Warnings.Select(w => $"{step.Step}: {w}"));
        return outcome.IsSuccess
            ? (outcome, null)
            : (outcome, new PipelineFailure(outcome.Failure.Kind, outcome.Failure.Message, step.Step, outcome.Failure.Excerpt));
    }

    public static PipelineFailure Cancelled(string step) =>
        new(FailureClass.Cancelled, "The run was cancelled before this step's model call.", step);
}
