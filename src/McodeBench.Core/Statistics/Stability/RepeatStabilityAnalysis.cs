using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Statistics.Stability;

/// <summary>
/// Measures <see cref="RepeatStability"/> from the predictions recorded in the score reports' alignment rows: an entity
/// is its canonical type and anchored span (its normalised text when it could not be anchored, marked by offsets −1), a mapping its element
/// and normalised value (or code). Tasks without a score report (no gold) are not seen; a failed task's report holds an
/// empty prediction, which is what that repeat said.
/// </summary>
public static class RepeatStabilityAnalysis
{
    /// <summary>Null when no trial of this combination has two scored repeats.</summary>
    public static RepeatStability? Of(IEnumerable<LeaderboardEntry> combinationEntries, IEntityTypeNormalizer types, McodeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(combinationEntries);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var trials = combinationEntries
            .Where(e => e.Score is not null)
            .GroupBy(e => e.Task.TrialId, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.Task.RepeatIndex).Select(e => e.Score!.Report).ToList())
            .ToList();
        if (trials.Count == 0)
        {
            return null;
        }

        var entity = new AgreementTally();
        var mapping = new AgreementTally();
        var byElement = new SortedDictionary<string, AgreementTally>(StringComparer.Ordinal);
        var pairs = 0;
        var cache = new KeyCache(types, vocabulary);
        foreach (var repeats in trials)
        {
            var entitySets = repeats.Select(r => EntityKeys(r, cache)).ToList();
            var mappingSets = repeats.Select(r => MappingKeys(r, cache)).ToList();
            pairs += repeats.Count * (repeats.Count - 1) / 2;
            entity.AddTrial(entitySets);
            mapping.AddTrial(mappingSets);
            foreach (var element in mappingSets.SelectMany(set => set).Select(key => key.Element).Distinct(StringComparer.Ordinal))
            {
                if (!byElement.TryGetValue(element, out var tally))
                {
                    byElement[element] = tally = new AgreementTally();
                }

                tally.AddFlipsOnly(mappingSets.Select(set => set.Where(key => key.Element == element).ToHashSet()).ToList());
            }
        }

        return new RepeatStability(
            trials.Count,
            pairs,
            entity.MeanJaccard,
            mapping.MeanJaccard,
            entity.EmptyPairs,
            mapping.EmptyPairs,
            entity.FlipShare,
            mapping.FlipShare,
            byElement.ToDictionary(pair => pair.Key, pair => pair.Value.FlipShare, StringComparer.Ordinal));
    }

    /// <summary>Jaccard |A ∩ B| / |A ∪ B|; null for two empty sets (0/0 is undefined, not agreement).</summary>
    public static double? Jaccard<T>(IReadOnlySet<T> a, IReadOnlySet<T> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var intersection = a.Count(b.Contains);
        var union = a.Count + b.Count - intersection;
        return union == 0 ? null : (double)intersection / union;
    }

    private static HashSet<(string Type, string Section, int Start, int End)> EntityKeys(ScoreReport report, KeyCache cache) =>
        report.EntityAlignment
            .Where(row => row.Prediction is not null)
            .Select(row => row.PredictionSpan is { } span
                ? (cache.Type(row.Prediction!.Type), span.Section, span.Start, span.End)
                : (cache.Type(row.Prediction!.Type), cache.Text(row.Prediction.Text), -1, -1))
            .ToHashSet();

    private static HashSet<(string Element, string Value)> MappingKeys(ScoreReport report, KeyCache cache) =>
        report.MappingAlignment
            .Where(row => row.Prediction is not null)
            .Select(row => (cache.Element(row.Prediction!.Element), ValueKey(row.Prediction!, cache)))
            .ToHashSet();

    private static string ValueKey(Mapping mapping, KeyCache cache) => mapping.Code is { Code: { } code } && !string.IsNullOrWhiteSpace(code)
        ? "code:" + CodeSystems.Canonicalize(mapping.Code.System ?? string.Empty) + "|" + code.Trim().ToUpperInvariant()
        : "value:" + cache.Text(mapping.Value ?? string.Empty);
}
