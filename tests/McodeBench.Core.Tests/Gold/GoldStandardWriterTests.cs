using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;

namespace McodeBench.Core.Tests.Gold;

public sealed class GoldStandardWriterTests
{
    private static readonly GoldStandard Standard = new(
        "NCT00000001",
        [
            GoldExamples.Her2,
            new Entity("trastuzumab", "medication", new TextSpan("eligibility", 123, 134), Criterion.Exclusion, true, "e4"),
            new Entity("≥ 18 — “adult”", "condition", new TextSpan("brief_title", 0, 14)),
        ],
        [
            new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef("http://loinc.org", "48676-1", "HER2 [Presence] in Tissue"), "e1"),
            new Mapping("CancerRelatedMedicationRequest", null, new CodeRef("http://www.nlm.nih.gov/research/umls/rxnorm", "224905"), "e4"),
            new Mapping("CancerStage", "stage IV", Span: new TextSpan("eligibility", 1, 9)),
        ]);

    [Fact]
    public void Writing_then_reading_gives_the_same_gold()
    {
        var json = GoldStandardWriter.Write([Standard, new GoldStandard("NCT2", [], [])]);

        var result = GoldStandardReader.Read(json, "round-trip.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Standards.Count);
        var read = result.Standards[0];
        Assert.Equal(Standard.TrialId, read.TrialId);
        Assert.Equal(Standard.Entities.Take(2), read.Entities.Take(2));
        Assert.Equal(Standard.Entities[2] with { Id = "e1" }, read.Entities[2] with { Id = "e1" });
        Assert.Equal(Standard.Mappings, read.Mappings);
        Assert.Equal("NCT2", result.Standards[1].TrialId);
    }

    [Fact]
    public void Entities_without_an_id_get_the_first_free_e_number_and_text_stays_readable()
    {
        var json = GoldStandardWriter.Write([Standard]);
        var read = GoldStandardReader.Read(json, "g.json").Standards[0];

        Assert.Equal(["e1", "e4", "e2"], read.Entities.Select(e => e.Id));
        Assert.Contains("≥ 18 — “adult”", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"format\": \"mcodebench-gold\",\n  \"version\": 1,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_entity_without_a_span_cannot_be_written()
    {
        var standard = new GoldStandard("NCT1", [new Entity("HER2", "biomarker")], []);

        var error = Assert.Throws<ArgumentException>(() => GoldStandardWriter.Write([standard]));

        Assert.Contains("NCT1", error.Message, StringComparison.Ordinal);
        Assert.Contains("no span", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_are_written_whole_and_read_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mcodebench-{Guid.NewGuid():N}.gold.json");
        try
        {
            await GoldStandardWriter.WriteFileAsync(path, [Standard], TestContext.Current.CancellationToken);

            var result = await GoldStandardReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(Standard.Mappings, result.Standards[0].Mappings);
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
