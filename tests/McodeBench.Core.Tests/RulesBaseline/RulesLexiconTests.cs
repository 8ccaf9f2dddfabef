using System.Text;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class RulesLexiconTests
{
    private static readonly string[] DictionaryTypes = ["condition", "medication", "surgery", "radiotherapy", "genomic_variant", "biomarker"];

    [Fact]
    public void The_embedded_dictionaries_load_with_canonical_code_systems()
    {
        var lexicon = RulesLexicon.LoadEmbedded();

        Assert.All(DictionaryTypes, type => Assert.Contains(lexicon.Entries, e => e.Type == type));
        var systems = lexicon.Entries.SelectMany(e => e.Mappings).Select(m => m.Code?.System).OfType<string>().ToHashSet();
        Assert.Subset(new HashSet<string> { CodeSystems.Snomed, CodeSystems.Loinc, CodeSystems.RxNorm }, systems);
        Assert.All(systems, s => Assert.StartsWith("http", s, StringComparison.Ordinal));
        Assert.Contains(lexicon.Genes, g => g.Symbol == "EGFR" && g.Code?.Code == "HGNC:3236");
        Assert.Equal("LA9622-7", lexicon.ScaleCodes.EcogAnswers[0].Code);
    }

    [Fact]
    public void No_term_is_listed_twice_for_different_concepts_of_one_type()
    {
        var owners = RulesLexicon.LoadEmbedded().Entries
            .SelectMany(e => e.Terms.Select(t => (Key: e.Type + "|" + (t.StartsWith('=') ? t[1..] : t.ToLowerInvariant()), Concept: e.Mappings[0].Value)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Concept).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(owners);
    }

    [Fact]
    public void A_broken_dictionary_is_reported_with_its_file_and_path()
    {
        var files = new Dictionary<string, string>
        {
            ["conditions.json"] = """{"type":"condition","entries":[{"element":"PrimaryCancerCondition","value":"X","terms":[]}]}""",
        };

        var error = Assert.Throws<InvalidDataException>(() => RulesLexicon.Load(name =>
            new MemoryStream(Encoding.UTF8.GetBytes(files.TryGetValue(name, out var json) ? json : "{}"))));

        Assert.Contains("conditions.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.entries[0].terms", error.Message, StringComparison.Ordinal);
    }
}
