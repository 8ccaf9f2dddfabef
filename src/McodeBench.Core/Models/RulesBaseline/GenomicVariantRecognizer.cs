using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Gene alterations: gene + exon alteration ("EGFR exon 19 deletion"), gene + protein change ("KRAS G12C mutation",
/// "BRAF V600E"), gene + alteration word ("EGFR mutations", "ALK rearrangement", "BRCA-mutated", "IDH-wildtype",
/// "ALK-positive" for fusion genes), a known hotspot or exon alteration alone ("L858R", "exon 19 deletion"), the first
/// gene of a coordination ("BRCA1" in "BRCA1 or BRCA2 mutation") and a gene name alone on its own line (keyword lists).
/// </summary>
internal sealed class GenomicVariantRecognizer : IMentionRecognizer
{
    private const string Sep = TermPattern.Separator;
    private const string OptionalSep = TermPattern.OptionalSeparator;
    private const string GeneWord = "(?:" + Sep + "(?i:gene))?";
    private const string Exon = @"(?i:exon)[^\S\r\n]*(?<exon>\d{1,2})";
    private const string ExonKind = @"(?i:(?<kind>deletions?|del|insertions?|ins|skipping|mutations?|alterations?))";
    private const string ProteinChange = @"(?-i:(?:p\.)?(?<change>[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWYX]|del|ins|fs)?)(?:/[A-Z](?![\p{L}\p{N}]))?)";
    private const string Adjectives =
        @"(?:(?i:sensiti[sz]ing|activating|deleterious|pathogenic|likely\s+pathogenic|oncogenic|driver|germline|somatic|actionable|known)" + Sep + ")*";

    private const string HeadWords =
        @"mutation[\s\-]positive|mutations?|mutated|mutant|alterations?|altered|variants?|rearrangements?|rearranged|fusion[\s\-]positive|fusions?|translocations?|translocated|amplifications?|amplified|deletions?|wild[\s\-]?type|positive";

    private readonly Dictionary<string, GeneDefinition> genesByAlias;
    private readonly IReadOnlyDictionary<string, string> hotspotGenes;
    private readonly IReadOnlyDictionary<string, string> exonGenes;
    private readonly Dictionary<string, GeneDefinition> genesBySymbol;
    private readonly Regex geneExon;
    private readonly Regex geneChange;
    private readonly Regex geneHead;
    private readonly Regex exonAlone;
    private readonly Regex hotspotAlone;
    private readonly Regex coordinatedGene;
    private readonly Regex geneOnItsLine;

    public GenomicVariantRecognizer(IReadOnlyList<GeneDefinition> genes, IReadOnlyDictionary<string, string> hotspotGenes, IReadOnlyDictionary<string, string> exonGenes)
    {
        this.hotspotGenes = hotspotGenes;
        this.exonGenes = exonGenes;
        genesBySymbol = genes.ToDictionary(g => g.Symbol, StringComparer.Ordinal);
        genesByAlias = new Dictionary<string, GeneDefinition>(StringComparer.Ordinal);
        foreach (var gene in genes)
        {
            foreach (var alias in gene.Aliases.Append(gene.Symbol))
            {
                genesByAlias.TryAdd(AliasKey(alias), gene);
            }
        }

        var geneGroup = "(?<gene>" + TermPattern.Alternation(genes.SelectMany(g => g.Aliases)) + ")";
        var head = "(?i:(?<head>" + HeadWords + "))";
        var start = TermPattern.WordStart;
        var end = TermPattern.WordEnd;
        var options = TermPattern.Options;
        geneExon = new Regex(start + geneGroup + GeneWord + OptionalSep + Exon + "(?:" + Sep + "(?:" + ExonKind + "|" + ProteinChange + "(?:" + Sep + head + ")?))" + end, options, TermPattern.Timeout);
        geneChange = new Regex(start + geneGroup + GeneWord + Sep + ProteinChange + "(?:" + OptionalSep + head + ")?" + end, options, TermPattern.Timeout);
        geneHead = new Regex(start + geneGroup + GeneWord + OptionalSep + Adjectives + head + end, options, TermPattern.Timeout);
        exonAlone = new Regex(start + Exon + Sep + ExonKind + end, options, TermPattern.Timeout);
        var hotspots = "(?<change>" + string.Join("|", hotspotGenes.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
        hotspotAlone = new Regex(start + "(?:" + Exon + Sep + ")?(?-i:(?:p\\.)?" + hotspots + ")" + "(?:" + OptionalSep + head + ")?" + end, options, TermPattern.Timeout);
        coordinatedGene = new Regex(
            start + geneGroup + end + @"(?=[ \t\u00A0]*(?:,|/|(?i:and/or|or|and))[ \t\u00A0]*" + "(?:" + TermPattern.Alternation(genes.SelectMany(g => g.Aliases)) + ")"
            + GeneWord + OptionalSep + Adjectives + "(?i:(?<nexthead>" + HeadWords + "))" + end + ")",
            options,
            TermPattern.Timeout);
        geneOnItsLine = new Regex(@"(?m)^[ \t]*" + geneGroup + @"[ \t]*\r?$", options, TermPattern.Timeout);
    }

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (Match match in geneExon.Matches(text))
        {
            var gene = Gene(match);
            var value = match.Groups["change"].Success
                ? gene.Symbol + " " + match.Groups["change"].Value
                : $"{gene.Symbol} exon {match.Groups["exon"].Value} {ExonKindWord(match.Groups["kind"].Value)}";
            yield return Candidate(match, value, gene.Code);
        }

        foreach (Match match in geneChange.Matches(text))
        {
            var gene = Gene(match);
            yield return Candidate(match, gene.Symbol + " " + match.Groups["change"].Value, gene.Code);
        }

        foreach (Match match in geneHead.Matches(text))
        {
            var gene = Gene(match);
            if (HeadValue(gene, match.Groups["head"].Value) is { } value)
            {
                yield return Candidate(match, value, gene.Code);
            }
        }

        foreach (Match match in exonAlone.Matches(text))
        {
            var kind = ExonKindWord(match.Groups["kind"].Value);
            var exon = match.Groups["exon"].Value;
            var gene = exonGenes.TryGetValue(exon, out var symbol) && genesBySymbol.TryGetValue(symbol, out var known) ? known : null;
            yield return Candidate(match, gene is null ? $"exon {exon} {kind}" : $"{gene.Symbol} exon {exon} {kind}", gene?.Code);
        }

        foreach (Match match in hotspotAlone.Matches(text))
        {
            var change = match.Groups["change"].Value;
            var gene = genesBySymbol.GetValueOrDefault(hotspotGenes[change]);
            yield return Candidate(match, (gene?.Symbol ?? hotspotGenes[change]) + " " + change, gene?.Code);
        }

        foreach (Match match in coordinatedGene.Matches(text))
        {
            var gene = Gene(match);
            if (HeadValue(gene, match.Groups["nexthead"].Value) is { } value)
            {
                yield return Candidate(match, value, gene.Code);
            }
        }

        foreach (Match match in geneOnItsLine.Matches(text))
        {
            var group = match.Groups["gene"];
            var gene = Gene(match);
            yield return new MentionCandidate(group.Index, group.Index + group.Length, "genomic_variant", [new MappingTemplate("GenomicVariant", gene.Symbol, gene.Code)]);
        }
    }

    private static MentionCandidate Candidate(Match match, string value, CodeRef? code) =>
        new(match.Index, match.Index + match.Length, "genomic_variant", [new MappingTemplate("GenomicVariant", value, code)]);

    private static string AliasKey(string alias) =>
        new(alias.TrimStart('=').Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string ExonKindWord(string kind)
    {
        var word = kind.ToLowerInvariant();
        return word switch
        {
            "del" or "deletion" or "deletions" => "deletion",
            "ins" or "insertion" or "insertions" => "insertion",
            "mutation" or "mutations" => "mutation",
            "alteration" or "alterations" => "alteration",
            _ => word,
        };
    }

    /// <summary>The canonical value for gene + alteration word, or null when the word means nothing for this gene.</summary>
    private static string? HeadValue(GeneDefinition gene, string head)
    {
        var word = Regex.Replace(head.ToLowerInvariant(), @"[\s\-]+", " ");
        if (word.StartsWith("wild", StringComparison.Ordinal))
        {
            return gene.Symbol + " wild-type";
        }

        if (word.StartsWith("amplif", StringComparison.Ordinal))
        {
            return gene.Symbol + " amplification";
        }

        if (word.StartsWith("deletion", StringComparison.Ordinal))
        {
            return gene.Symbol + " deletion";
        }

        var rearrangementWord = word.StartsWith("rearrang", StringComparison.Ordinal) || word.StartsWith("fusion", StringComparison.Ordinal)
            || word.StartsWith("transloc", StringComparison.Ordinal);
        if (word == "positive")
        {
            return gene.Fusion ? gene.Symbol + " rearrangement" : null;
        }

        return rearrangementWord ? gene.Symbol + " rearrangement" : gene.Symbol + " mutation";
    }

    private GeneDefinition Gene(Match match) => genesByAlias[AliasKey(match.Groups["gene"].Value)];
}
