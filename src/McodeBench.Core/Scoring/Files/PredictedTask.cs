using McodeBench.Core.Annotations;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// What a predictions source says about one task (one trial, one repeat): a prediction, or the failure class of a task
/// whose model call or output parsing failed (it is then scored as a failed task in both aggregate views).
/// </summary>
/// <param name="Source">The file the entry came from.</param>
/// <param name="Location">Where in that file: a JSON path (<c>$.trials[3]</c>) or the brat <c>.ann</c> file.</param>
public sealed record PredictedTask(
    string TrialId,
    int Repeat,
    Prediction? Prediction,
    FailureClass? Failure,
    string? FailureMessage,
    string Source,
    string Location)
{
    public bool Failed => Failure is not null;

    public static PredictedTask Succeeded(string trialId, int repeat, Prediction prediction, string source, string location) =>
        new(trialId, repeat, prediction, null, null, source, location);

    public static PredictedTask FailedWith(string trialId, int repeat, FailureClass failure, string? message, string source, string location) =>
        new(trialId, repeat, null, failure, message, source, location);
}
