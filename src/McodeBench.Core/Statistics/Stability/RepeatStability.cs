namespace McodeBench.Core.Statistics.Stability;

/// <summary>
/// Agreement between repeats of the same trial (docs/statistics.md, "Stability across repeats"). Jaccard means are over
/// pairs of repeats of a trial; a pair where both repeats predicted nothing has no defined Jaccard (0/0) and is left
/// out and counted, so a model that says nothing is not called perfectly stable. Null means undefined.
/// </summary>
/// <param name="TrialsWithRepeats">Trials attempted at least twice.</param>
/// <param name="RepeatPairs">Pairs of repeats compared (a trial with k repeats gives k(k−1)/2).</param>
/// <param name="EntityJaccard">Mean Jaccard of the sets of (canonical type, anchored span) predicted entities.</param>
/// <param name="MappingJaccard">Mean Jaccard of the sets of (element, normalised value or code) predicted mappings.</param>
/// <param name="EmptyEntityPairs">Pairs left out of <paramref name="EntityJaccard"/> because both sets were empty.</param>
/// <param name="EntityFlipShare">Of the distinct entities a trial's repeats predicted, the share not predicted by every repeat.</param>
/// <param name="MappingFlipShare">The same for mappings.</param>
/// <param name="MappingFlipShareByElement">The mapping flip share per mCODE element (STU4 name, or the name as written when unresolved).</param>
public sealed record RepeatStability(
    int TrialsWithRepeats,
    int RepeatPairs,
    double? EntityJaccard,
    double? MappingJaccard,
    int EmptyEntityPairs,
    int EmptyMappingPairs,
    double? EntityFlipShare,
    double? MappingFlipShare,
    IReadOnlyDictionary<string, double?> MappingFlipShareByElement);
