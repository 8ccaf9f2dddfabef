using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Gold;

public sealed partial class GoldStandardReaderTests
{
    [Fact]
    public void Reads_the_full_example_of_the_format_documentation()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "gold-format.md"));
        var json = JsonBlock().Match(markdown).Groups[1].Value;

        var result = GoldStandardReader.Read(json, "gold-format.md");

        Assert.Empty(result.Diagnostics);
        var gold = Assert.Single(result.Standards);
        Assert.Equal("NCT00000001", gold.TrialId);
        Assert.Equal(4, gold.Entities.Count);
        Assert.Equal(GoldExamples.Her2, gold.Entities[0]);
        Assert.True(gold.Entities[3].Negated);
        Assert.Equal(Criterion.Exclusion, gold.Entities[3].Criterion);
        Assert.Equal(new CodeRef("http://loinc.org", "48676-1", "HER2 [Presence] in Tissue"), gold.Mappings[0].Code);
        Assert.Equal(["e1", "e2", "e3", "e4"], gold.Mappings.Select(m => m.EntityId));
        Assert.Empty(GoldValidator.Validate(gold, GoldExamples.Trial));
    }

    [Fact]
    public void A_json_syntax_error_names_line_and_column()
    {
        var json = "{\n  \"format\": \"mcodebench-gold\",\n  \"version\": 1\n  \"trials\": []\n}";

        var result = GoldStandardReader.Read(json, "broken.gold.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(4, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("broken.gold.json(line 4, column 3)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_names_its_json_path_and_the_rest_still_loads()
    {
        var json = GoldExamples.Json(
            "[" + GoldExamples.Entity("e1", 22, 35, "HER2-positive") + """, {"id": "e2", "section": "eligibility", "end": 60, "text": "metastatic breast cancer", "type": "condition"}]""");

        var result = GoldStandardReader.Read(json, "g.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.trials[0].entities[1].start", error.JsonPath);
        Assert.Equal("NCT00000001", error.TrialId);
        Assert.Contains("\"start\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(["e1"], Assert.Single(result.Standards).Entities.Select(e => e.Id));
        Assert.Equal(["$.trials[0].entities[0]"], result.Entries[0].Origin.EntityPaths);
    }

    [Fact]
    public void Wrong_kinds_and_values_are_reported_each_with_its_path()
    {
        var json = GoldExamples.Json(
            """[{"id": "e1", "section": "eligibility", "start": "22", "end": 35, "text": "HER2-positive", "type": "biomarker", "criterion": "maybe", "negated": "no"}]""",
            """[{"element": "TumorMarkerTest"}, {"element": "TumorMarkerTest", "code": {"system": "http://loinc.org"}}]""");

        var result = GoldStandardReader.Read(json, "g.json");

        Assert.Equal(
            [
                "$.trials[0].entities[0].start",
                "$.trials[0].entities[0].criterion",
                "$.trials[0].entities[0].negated",
                "$.trials[0].mappings[0]",
                "$.trials[0].mappings[1].code.code",
            ],
            result.Errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void The_header_is_checked_and_a_predecessor_file_is_pointed_at_its_importer()
    {
        var wrongFormat = GoldStandardReader.Read("""{"format": "other", "version": 1, "trials": []}""", "a.json");
        var newer = GoldStandardReader.Read("""{"format": "mcodebench-gold", "version": 2, "trials": []}""", "b.json");
        var predecessor = GoldStandardReader.Read("""{"gold_standard": {}}""", "c.json");

        Assert.Equal("$.format", Assert.Single(wrongFormat.Errors).JsonPath);
        Assert.Contains("newer", Assert.Single(newer.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("PredecessorGoldImporter", Assert.Single(predecessor.Errors).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trial_given_twice_in_a_file_is_an_error_and_the_first_copy_is_kept()
    {
        var json = """
            {"format": "mcodebench-gold", "version": 1, "trials": [
              {"trial_id": "NCT1", "entities": []},
              {"trial_id": "NCT1", "entities": [], "mappings": []}
            ]}
            """;

        var result = GoldStandardReader.Read(json, "g.json");

        Assert.Single(result.Standards);
        Assert.Equal("$.trials[1].trial_id", Assert.Single(result.Errors).JsonPath);
    }

    [Fact]
    public async Task Several_files_load_as_one_set_and_a_trial_in_two_files_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("mcodebench-gold-").FullName;
        try
        {
            var first = Path.Combine(folder, "a.gold.json");
            var second = Path.Combine(folder, "b.gold.json");
            await File.WriteAllTextAsync(first, GoldExamples.Json("[]", trialId: "NCT1"), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(second, GoldExamples.Json("[]", trialId: "NCT1").Replace("\"trials\": [", "\"trials\": [{\"trial_id\": \"NCT2\"},", StringComparison.Ordinal), TestContext.Current.CancellationToken);

            var result = await GoldStandardReader.ReadFilesAsync([first, second], TestContext.Current.CancellationToken);

            Assert.Equal(["NCT1", "NCT2"], result.Entries.Select(e => e.TrialId).Order(StringComparer.Ordinal));
            var error = Assert.Single(result.Errors);
            Assert.Equal(second, error.File);
            Assert.Contains(first, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
