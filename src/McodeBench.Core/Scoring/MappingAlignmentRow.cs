using McodeBench.Core.Annotations;

namespace McodeBench.Core.Scoring;

/// <summary>One line of a mapping alignment: an aligned pair, a missed gold mapping or a spurious prediction.</summary>
/// <param name="CountedUnderElement">The element this line counts under in the per-element breakdown: the gold element, or the prediction's for a spurious line.</param>
public sealed record MappingAlignmentRow(
    int? GoldIndex,
    int? PredictionIndex,
    Mapping? Gold,
    Mapping? Prediction,
    MappingMatchClass Match,
    string CountedUnderElement,
    MappingSchemes<OutcomeClass> Outcomes);
