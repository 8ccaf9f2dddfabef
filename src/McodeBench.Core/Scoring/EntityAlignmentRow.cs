using McodeBench.Core.Annotations;

namespace McodeBench.Core.Scoring;

/// <summary>
/// One line of an entity alignment: an aligned pair, a missed gold entity or a spurious prediction, with what it
/// counts as under each scheme. Indexes point into the gold and prediction lists as given.
/// </summary>
/// <param name="PredictionSpan">The span the prediction was given or anchored at (the candidate alignment chose).</param>
/// <param name="CountedUnderType">The type this line counts under in the per-type breakdown: the gold type, or the prediction's type for a spurious line.</param>
/// <param name="Unsupported">True for a prediction whose text occurs nowhere in the trial.</param>
public sealed record EntityAlignmentRow(
    int? GoldIndex,
    int? PredictionIndex,
    Entity? Gold,
    Entity? Prediction,
    TextSpan? PredictionSpan,
    EntityMatchClass Match,
    string CountedUnderType,
    bool Unsupported,
    EntitySchemes<OutcomeClass> Outcomes);
