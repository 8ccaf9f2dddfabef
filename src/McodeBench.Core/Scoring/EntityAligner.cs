using McodeBench.Core.Annotations;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Aligns predicted with gold entities one-to-one by <see cref="PreferenceMatching"/>. Both lists are first put in a
/// canonical order (position, then text, then type, then the remaining fields), so the result does not depend on the
/// order the lists were given in, and ties between equally good alignments break by that order.
/// </summary>
internal static class EntityAligner
{
    private const int ClassCount = (int)EntityMatchClass.ExactSameType;

    public static IReadOnlyList<EntityAlignmentRow> Align(IReadOnlyList<PreparedEntity> gold, IReadOnlyList<PreparedEntity> predicted, TextAnchorer anchorer)
    {
        var comparer = new CanonicalOrder(anchorer);
        var goldSorted = gold.Order(comparer).ToList();
        var predictedSorted = predicted.Order(comparer).ToList();
        var pairs = PreferenceMatching.Solve(
            goldSorted.Count,
            predictedSorted.Count,
            ClassCount,
            (g, p) => (int)Match(goldSorted[g], predictedSorted[p]).Class);

        var predictionOfGold = pairs.ToDictionary(pair => pair.Row, pair => pair.Column);
        var pairedPredictions = pairs.Select(pair => pair.Column).ToHashSet();
        var rows = new List<EntityAlignmentRow>();
        for (var g = 0; g < goldSorted.Count; g++)
        {
            var goldEntity = goldSorted[g];
            if (predictionOfGold.TryGetValue(g, out var p))
            {
                var prediction = predictedSorted[p];
                var (match, span) = Match(goldEntity, prediction);
                rows.Add(new EntityAlignmentRow(
                    goldEntity.Index, prediction.Index, goldEntity.Entity, prediction.Entity, span, match,
                    goldEntity.NormalizedType, Unsupported: false, Schemes.ForEntities(scheme => EntitySchemeRules.OutcomeOf(scheme, match))));
            }
            else
            {
                rows.Add(new EntityAlignmentRow(
                    goldEntity.Index, null, goldEntity.Entity, null, null, EntityMatchClass.None,
                    goldEntity.NormalizedType, Unsupported: false, Schemes.ForEntities(_ => OutcomeClass.Mis)));
            }
        }

        for (var p = 0; p < predictedSorted.Count; p++)
        {
            if (!pairedPredictions.Contains(p))
            {
                var prediction = predictedSorted[p];
                rows.Add(new EntityAlignmentRow(
                    null, prediction.Index, null, prediction.Entity, prediction.Spans.Count > 0 ? prediction.Spans[0] : null, EntityMatchClass.None,
                    prediction.NormalizedType, prediction.Unsupported, Schemes.ForEntities(_ => OutcomeClass.Spu)));
            }
        }

        return rows;
    }

    /// <summary>
    /// The best class over the prediction's spans (candidates are alternatives) and the first span reaching it.
    /// Where either side has no span, equal normalised text is an exact match and anything else no match.
    /// </summary>
    internal static (EntityMatchClass Class, TextSpan? Span) Match(PreparedEntity gold, PreparedEntity prediction)
    {
        if (prediction.Unsupported)
        {
            return (EntityMatchClass.None, null);
        }

        var sameType = string.Equals(gold.NormalizedType, prediction.NormalizedType, StringComparison.Ordinal);
        if (gold.Spans.Count == 0 || prediction.Spans.Count == 0)
        {
            var equalText = gold.NormalizedText.Length > 0 && string.Equals(gold.NormalizedText, prediction.NormalizedText, StringComparison.Ordinal);
            return equalText
                ? (sameType ? EntityMatchClass.ExactSameType : EntityMatchClass.Exact, prediction.Spans.Count > 0 ? prediction.Spans[0] : null)
                : (EntityMatchClass.None, null);
        }

        var goldSpan = gold.Spans[0];
        var best = EntityMatchClass.None;
        TextSpan? chosen = null;
        foreach (var span in prediction.Spans)
        {
            var match = span == goldSpan
                ? (sameType ? EntityMatchClass.ExactSameType : EntityMatchClass.Exact)
                : span.Overlaps(goldSpan)
                    ? (sameType ? EntityMatchClass.OverlapSameType : EntityMatchClass.Overlap)
                    : EntityMatchClass.None;
            if (match > best)
            {
                best = match;
                chosen = span;
            }
        }

        return (best, chosen);
    }

    private sealed class CanonicalOrder(TextAnchorer anchorer) : IComparer<PreparedEntity>
    {
        public int Compare(PreparedEntity? x, PreparedEntity? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var result = CompareSpans(x.Spans.Count > 0 ? x.Spans[0] : null, y.Spans.Count > 0 ? y.Spans[0] : null);
            result = result != 0 ? result : y.SpanGiven.CompareTo(x.SpanGiven);
            result = result != 0 ? result : x.Spans.Count.CompareTo(y.Spans.Count);
            result = result != 0 ? result : string.CompareOrdinal(x.NormalizedText, y.NormalizedText);
            result = result != 0 ? result : string.CompareOrdinal(x.NormalizedType, y.NormalizedType);
            result = result != 0 ? result : string.CompareOrdinal(x.Entity.Text, y.Entity.Text);
            result = result != 0 ? result : string.CompareOrdinal(x.Entity.Type, y.Entity.Type);
            result = result != 0 ? result : x.Entity.Criterion.CompareTo(y.Entity.Criterion);
            result = result != 0 ? result : x.Entity.Negated.CompareTo(y.Entity.Negated);
            return result != 0 ? result : string.CompareOrdinal(x.Entity.Id, y.Entity.Id);
        }

        private int CompareSpans(TextSpan? x, TextSpan? y)
        {
            if (x is null || y is null)
            {
                // Entities without a span come after those with one.
                return (x is null).CompareTo(y is null);
            }

            var result = anchorer.SectionRank(x.Section).CompareTo(anchorer.SectionRank(y.Section));
            result = result != 0 ? result : string.CompareOrdinal(x.Section, y.Section);
            result = result != 0 ? result : x.Start.CompareTo(y.Start);
            return result != 0 ? result : x.End.CompareTo(y.End);
        }
    }
}
