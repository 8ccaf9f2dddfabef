using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Scoring.Files;

/// <summary>One gold trial × repeat as scored from files, with where its prediction came from.</summary>
/// <param name="Source">The predictions file (or <c>.ann</c>) the task came from; null when the prediction is missing.</param>
/// <param name="Location">The place in that file (JSON path or <c>.ann</c> file); null when the prediction is missing.</param>
/// <param name="Report">The score of the prediction (an empty one for failed and missing tasks).</param>
public sealed record ScoredTask(
    string TrialId,
    int Repeat,
    ScoredTaskStatus Status,
    FailureClass? Failure,
    string? FailureMessage,
    string? Source,
    string? Location,
    ScoreReport Report);
