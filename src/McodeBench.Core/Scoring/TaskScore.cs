using McodeBench.Core.Annotations;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Scoring;

/// <summary>
/// The score of one task (one trial, one repeat of a prompt × model). A failed task carries its failure class and
/// the report of an empty prediction, so its gold items count as missed in the all-attempts view.
/// </summary>
/// <param name="Repeat">The repeat index; repeats of the same trial are kept apart for repeat statistics.</param>
public sealed record TaskScore(ScoreReport Report, int Repeat = 0, FailureClass? Failure = null)
{
    public string TrialId => Report.TrialId;

    public bool Failed => Failure is not null;

    /// <summary>The score of a task whose model call or parsing failed: an empty prediction against the gold standard.</summary>
    public static TaskScore ForFailure(GoldStandard gold, FailureClass failure, ScoringOptions options, int repeat = 0) =>
        new(Scorer.Score([], gold, Prediction.Empty, options), repeat, failure);
}
