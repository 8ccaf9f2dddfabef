namespace McodeBench.Core.Scoring;

/// <summary>
/// Aligns predicted with gold mappings one-to-one by <see cref="PreferenceMatching"/> (strict before lenient before
/// same family), after putting both lists in a canonical order so the result does not depend on list order.
/// </summary>
internal static class MappingAligner
{
    private const int ClassCount = (int)MappingMatchClass.Strict;

    public static IReadOnlyList<MappingAlignmentRow> Align(IReadOnlyList<PreparedMapping> gold, IReadOnlyList<PreparedMapping> predicted)
    {
        var comparer = new CanonicalOrder();
        var goldSorted = gold.Order(comparer).ToList();
        var predictedSorted = predicted.Order(comparer).ToList();
        var pairs = PreferenceMatching.Solve(goldSorted.Count, predictedSorted.Count, ClassCount, (g, p) => (int)Match(goldSorted[g], predictedSorted[p]));
        var predictionOfGold = pairs.ToDictionary(pair => pair.Row, pair => pair.Column);
        var pairedPredictions = pairs.Select(pair => pair.Column).ToHashSet();
        var rows = new List<MappingAlignmentRow>();
        for (var g = 0; g < goldSorted.Count; g++)
        {
            var goldMapping = goldSorted[g];
            if (predictionOfGold.TryGetValue(g, out var p))
            {
                var prediction = predictedSorted[p];
                var match = Match(goldMapping, prediction);
                rows.Add(new MappingAlignmentRow(
                    goldMapping.Index, prediction.Index, goldMapping.Mapping, prediction.Mapping, match, goldMapping.ElementName,
                    Schemes.ForMappings(scheme => MappingSchemeRules.OutcomeOf(scheme, match))));
            }
            else
            {
                rows.Add(new MappingAlignmentRow(
                    goldMapping.Index, null, goldMapping.Mapping, null, MappingMatchClass.None, goldMapping.ElementName,
                    Schemes.ForMappings(_ => OutcomeClass.Mis)));
            }
        }

        for (var p = 0; p < predictedSorted.Count; p++)
        {
            if (!pairedPredictions.Contains(p))
            {
                var prediction = predictedSorted[p];
                rows.Add(new MappingAlignmentRow(
                    null, prediction.Index, null, prediction.Mapping, MappingMatchClass.None, prediction.ElementName,
                    Schemes.ForMappings(_ => OutcomeClass.Spu)));
            }
        }

        return rows;
    }

    /// <summary>
    /// Strict: same element and equal codes when both are coded, else equal values. Lenient: same family and equal
    /// codes or values, or one normalised value containing the other on word boundaries. Values are equal when both
    /// read as the same clinical finding (<see cref="PreparedMapping.ClinicalValue"/>), or, when either does not read,
    /// when their normalised texts are equal.
    /// </summary>
    internal static MappingMatchClass Match(PreparedMapping gold, PreparedMapping prediction)
    {
        if (!string.Equals(gold.Family, prediction.Family, StringComparison.Ordinal))
        {
            return MappingMatchClass.None;
        }

        var bothCoded = gold.CodeKey is not null && prediction.CodeKey is not null;
        var equalCodes = bothCoded && string.Equals(gold.CodeKey, prediction.CodeKey, StringComparison.Ordinal);
        var bothValued = gold.Value.Text.Length > 0 && prediction.Value.Text.Length > 0;
        var equalValues = bothValued && (gold.ClinicalValue is not null && prediction.ClinicalValue is not null
            ? string.Equals(gold.ClinicalValue, prediction.ClinicalValue, StringComparison.Ordinal)
            : string.Equals(gold.Value.Text, prediction.Value.Text, StringComparison.Ordinal));
        var sameElement = string.Equals(gold.ElementKey, prediction.ElementKey, StringComparison.Ordinal);
        if (sameElement && (bothCoded ? equalCodes : equalValues))
        {
            return MappingMatchClass.Strict;
        }

        var contained = bothValued && (gold.Value.ContainsWholeWord(prediction.Value.Text) || prediction.Value.ContainsWholeWord(gold.Value.Text));
        return equalCodes || equalValues || contained ? MappingMatchClass.Lenient : MappingMatchClass.SameFamily;
    }

    private sealed class CanonicalOrder : IComparer<PreparedMapping>
    {
        public int Compare(PreparedMapping? x, PreparedMapping? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var result = string.CompareOrdinal(x.ElementKey, y.ElementKey);
            result = result != 0 ? result : string.CompareOrdinal(x.Family, y.Family);
            result = result != 0 ? result : string.CompareOrdinal(x.CodeKey, y.CodeKey);
            result = result != 0 ? result : string.CompareOrdinal(x.ClinicalValue, y.ClinicalValue);
            result = result != 0 ? result : string.CompareOrdinal(x.Value.Text, y.Value.Text);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Element, y.Mapping.Element);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Value, y.Mapping.Value);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Code?.System, y.Mapping.Code?.System);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Code?.Code, y.Mapping.Code?.Code);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Code?.Display, y.Mapping.Code?.Display);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.EntityId, y.Mapping.EntityId);
            result = result != 0 ? result : string.CompareOrdinal(x.Mapping.Span?.Section, y.Mapping.Span?.Section);
            result = result != 0 ? result : (x.Mapping.Span?.Start ?? -1).CompareTo(y.Mapping.Span?.Start ?? -1);
            return result != 0 ? result : (x.Mapping.Span?.End ?? -1).CompareTo(y.Mapping.Span?.End ?? -1);
        }
    }
}
