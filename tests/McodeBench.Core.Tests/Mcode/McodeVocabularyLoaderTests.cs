using System.Text;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Mcode;

public sealed class McodeVocabularyLoaderTests
{
    [Fact]
    public void Embedded_file_loads_with_the_stu4_profiles()
    {
        var vocabulary = McodeVocabularyLoader.LoadEmbedded();

        Assert.Equal(37, vocabulary.Elements.Count);
        Assert.Equal(vocabulary.Elements.Count, vocabulary.Elements.Select(e => e.Name).Distinct().Count());
        Assert.DoesNotContain(vocabulary.Elements, e => e.Name is "MCODEPatientBundle" or "MCODEPatientGroup");
    }

    [Fact]
    public void Default_is_loaded_once_and_shared()
    {
        Assert.Same(McodeVocabularyLoader.Default, McodeVocabularyLoader.Default);
        Assert.NotNull(McodeVocabularyLoader.Default.ResolveElement("PrimaryCancerCondition"));
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("{\n  \"format\": ", "broken.json"));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_problems_name_every_json_path()
    {
        const string json = """
            {
              "format": "mcodebench.mcode-vocabulary/1",
              "elements": [
                { "name": "A", "id": "a", "family": "A", "aliases": ["X"], "expected_systems": [], "value_set_ids": [] },
                { "id": "b", "family": "B", "aliases": [], "expected_systems": [42], "value_set_ids": [] },
                { "name": "C", "id": "c", "family": "C", "aliases": ["x"], "expected_systems": [], "value_set_ids": [] }
              ],
              "value_sets": [ { "id": "vs", "open_systems": [], "codes": [ { "system": "http://loinc.org" } ] } ]
            }
            """;

        var error = Assert.Throws<InvalidDataException>(() => Load(json, "vocab.json"));

        Assert.Contains("vocab.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.elements[1].name: missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.elements[1].expected_systems[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.elements[2].aliases[0]: \"x\" also names A", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.value_sets[0].codes[0].code: missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""{ "format": "other/9", "elements": [], "value_sets": [] }""", "v.json"));

        Assert.Contains("$.format", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.elements", error.Message, StringComparison.Ordinal);
    }

    private static McodeVocabulary Load(string json, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return McodeVocabularyLoader.Load(stream, name);
    }
}
