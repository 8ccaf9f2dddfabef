using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Scores one prediction against one trial's gold standard, exactly as docs/scoring.md defines: normalise, anchor
/// span-less predictions in the trial text, align one-to-one and order-independently, count per scheme.
/// </summary>
public static class Scorer
{
    public static ScoreReport Score(Trial trial, GoldStandard gold, Prediction prediction, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return Score(trial.Sections, gold, prediction, options);
    }

    /// <param name="sections">The trial's text sections that spans refer to and predictions are anchored in. When empty,
    /// span-less predictions cannot be anchored: they are compared by normalised text and none is judged unsupported
    /// (a diagnostic says so).</param>
    public static ScoreReport Score(IReadOnlyList<TrialSection> sections, GoldStandard gold, Prediction prediction, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(options);

        var anchorer = new TextAnchorer(sections);
        var diagnostics = new List<Diagnostic>();
        if (!anchorer.HasText && prediction.Entities.Any(entity => entity.Span is null))
        {
            diagnostics.Add(ScoringWarning(
                gold.TrialId,
                "trial.sections",
                "No trial text was given: predictions without spans were compared by normalised text and none could be judged unsupported.",
                "Pass the trial's sections to the scorer."));
        }

        var goldEntities = gold.Entities.Select((entity, i) => PreparedEntity.ForGold(i, entity, gold.TrialId, anchorer, options, diagnostics)).ToList();
        var predictedEntities = prediction.Entities.Select((entity, i) => PreparedEntity.ForPrediction(i, entity, gold.TrialId, anchorer, options, diagnostics)).ToList();
        var entityRows = EntityAligner.Align(goldEntities, predictedEntities, anchorer);

        var goldMappings = gold.Mappings.Select((mapping, i) => PreparedMapping.Prepare(i, mapping, options.Vocabulary, options.ValueComparison)).ToList();
        foreach (var unresolved in goldMappings.Where(m => options.Vocabulary.ResolveElement(m.Mapping.Element) is null))
        {
            diagnostics.Add(ScoringWarning(
                gold.TrialId,
                $"gold.mappings[{unresolved.Index}].element",
                $"\"{unresolved.Mapping.Element}\" is not an mCODE STU4 element or alias; it only matches predictions naming the same unknown element.",
                "Fix the gold file or add the alias to the vocabulary."));
        }

        var predictedMappings = prediction.Mappings.Select((mapping, i) => PreparedMapping.Prepare(i, mapping, options.Vocabulary, options.ValueComparison)).ToList();
        var mappingRows = MappingAligner.Align(goldMappings, predictedMappings);

        return new ScoreReport(
            gold.TrialId,
            CountEntities(entityRows),
            CountMappings(mappingRows),
            new ComplianceChecker(options.Vocabulary).Summarize(prediction.Mappings),
            entityRows.Count(row => row.Unsupported),
            entityRows.GroupBy(row => row.CountedUnderType, StringComparer.Ordinal)
                .ToSortedDictionary(group => CountEntities(group.ToList())),
            mappingRows.GroupBy(row => row.CountedUnderElement, StringComparer.Ordinal)
                .ToSortedDictionary(group => CountMappings(group.ToList())),
            entityRows,
            mappingRows,
            diagnostics);
    }

    /// <summary>
    /// Something about the input that scoring worked around. Scoring reads no file, so the place is a path into the
    /// scored objects (<c>prediction.entities[2].span</c>) rather than into a file.
    /// </summary>
    internal static Diagnostic ScoringWarning(string trialId, string path, string message, string fix = "", string? entityId = null) =>
        new(DiagnosticSeverity.Warning, string.Empty, message, fix, JsonPath: path, TrialId: trialId, EntityId: entityId);

    private static EntitySchemes<OutcomeCounts> CountEntities(IReadOnlyList<EntityAlignmentRow> rows) =>
        Schemes.ForEntities(scheme => rows.Aggregate(OutcomeCounts.Zero, (counts, row) => counts.Add(row.Outcomes.Get(scheme))));

    private static MappingSchemes<OutcomeCounts> CountMappings(IReadOnlyList<MappingAlignmentRow> rows) =>
        Schemes.ForMappings(scheme => rows.Aggregate(OutcomeCounts.Zero, (counts, row) => counts.Add(row.Outcomes.Get(scheme))));

    private static SortedDictionary<string, TValue> ToSortedDictionary<TRow, TValue>(this IEnumerable<IGrouping<string, TRow>> groups, Func<IGrouping<string, TRow>, TValue> valueOf)
    {
        var result = new SortedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            result[group.Key] = valueOf(group);
        }

        return result;
    }
}
