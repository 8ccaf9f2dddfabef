using System.Globalization;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// The rules baseline: dictionaries and patterns that read oncology mentions from plain text, deterministically.
/// Every recogniser proposes candidates; overlaps are resolved longest first (then by recogniser order, then by
/// position), so "non-small cell lung cancer" wins over "small cell lung cancer" and "KRAS G12C inhibitor" over
/// "KRAS G12C". Each kept mention gets its criterion (from the Inclusion/Exclusion headers before it, found by
/// <see cref="EligibilityCriteriaSplitter"/>, the same split the gold importers use) and negation.
/// </summary>
public sealed class RulesExtractor
{
    private readonly IReadOnlyList<IMentionRecognizer> recognizers;

    /// <summary>Uses the dictionaries embedded in McodeBench.Core.</summary>
    public RulesExtractor()
        : this(RulesLexicon.LoadEmbedded())
    {
    }

    public RulesExtractor(RulesLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        recognizers =
        [
            new PerformanceStatusRecognizer(lexicon.ScaleCodes),
            new StageRecognizer(lexicon.ScaleCodes),
            new TnmRecognizer(lexicon.ScaleCodes),
            new GenomicVariantRecognizer(lexicon.Genes, lexicon.HotspotGenes, lexicon.ExonGenes),
            new TumorMarkerRecognizer(lexicon.Markers),
            new DictionaryRecognizer(lexicon.Entries),
        ];
    }

    public RulesExtraction Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = recognizers
            .SelectMany((recognizer, order) => recognizer.Find(text).Select(c => c with { Priority = order }))
            .Where(c => c.Length > 0 && !AfterNonPrefix(text, c.Start))
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Priority)
            .ThenBy(c => c.Start)
            .ToList();

        // Kept mentions never overlap, so marking the characters they cover answers "does it overlap a kept one?"
        // in the candidate's length instead of a scan over every kept mention.
        var kept = new List<MentionCandidate>();
        var covered = new bool[text.Length];
        foreach (var candidate in candidates)
        {
            if (!covered.AsSpan(candidate.Start, candidate.Length).Contains(true))
            {
                kept.Add(candidate);
                covered.AsSpan(candidate.Start, candidate.Length).Fill(true);
            }
        }

        var criteria = EligibilityCriteriaSplitter.Split(text);
        var entities = new List<RuleEntity>();
        var mappings = new List<RuleMapping>();
        foreach (var (mention, index) in kept.OrderBy(k => k.Start).Select((k, i) => (k, i)))
        {
            var id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture);
            var mentionText = text[mention.Start..mention.End];
            entities.Add(new RuleEntity(
                id, mentionText, mention.Type, mention.Start, mention.End, criteria.CriterionAt(mention.Start), NegationDetector.IsNegated(text, mention.Start)));
            mappings.AddRange(mention.Mappings.Select(m => new RuleMapping(m.Element, m.Value, m.Code, id, mentionText)));
        }

        return new RulesExtraction(entities, mappings);
    }

    /// <summary>"non-squamous" or "non-small" must not yield "squamous ..." or "small ..." mentions.</summary>
    private static bool AfterNonPrefix(string text, int start) =>
        start >= 4
        && string.Compare(text, start - 4, "non", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && text[start - 1] is '-' or ' '
        && (start == 4 || !char.IsLetterOrDigit(text[start - 5]));
}
