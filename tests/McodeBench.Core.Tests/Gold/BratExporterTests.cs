using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

public sealed class BratExporterTests
{
    [Fact]
    public void Exported_entities_read_back_as_the_same_prediction()
    {
        var text = TrialTextAssembler.Assemble(GoldExamples.Trial);
        var entities = new List<Entity>
        {
            GoldExamples.Her2,
            new("metastatic breast\ncancer", "condition", new TextSpan(SectionNames.Eligibility, 36, 60)),
            new("therapy", "medication", new TextSpan(SectionNames.BriefTitle, 5, 12), Criterion.None, true, "T7"),
            new("trastuzumab", "medication", new TextSpan(SectionNames.Eligibility, 123, 134), Criterion.Exclusion, true),
        };

        var files = BratExporter.Export(text, entities);
        var read = BratImporter.ReadPrediction(files.Annotations, text, "pred.ann");

        Assert.Equal(text.Text, files.Text);
        Assert.Equal(0, files.Skipped);
        Assert.Empty(read.Diagnostics);
        var prediction = read.ToPrediction();
        Assert.Equal(
            entities.Select(e => (e.Type, e.Span, e.Criterion, e.Negated)),
            prediction.Entities.Select(e => (e.Type, e.Span, e.Criterion, e.Negated)));
        Assert.Equal(["T1", "T2", "T7", "T3"], prediction.Entities.Select(e => e.Id));
        Assert.All(prediction.Entities, e => Assert.Equal(text.TextAt(e.Span!), e.Text));
        Assert.Contains($"T1\tbiomarker {text.ToGlobalStart(GoldExamples.Her2.Span!)} ", files.Annotations, StringComparison.Ordinal);
        Assert.Contains("\tNegation T7\n", files.Annotations, StringComparison.Ordinal);
        Assert.Contains("\tCriterion T3 exclusion\n", files.Annotations, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_without_a_span_or_outside_the_text_are_skipped_and_counted()
    {
        var text = TrialTextAssembler.Assemble(GoldExamples.Trial, [SectionNames.Eligibility]);

        var files = BratExporter.Export(text, [new Entity("HER2", "biomarker"), new Entity("HER2", "biomarker", new TextSpan(SectionNames.BriefTitle, 0, 4)), GoldExamples.Her2]);

        Assert.Equal(2, files.Skipped);
        Assert.Single(files.Annotations.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith('T'));
    }

    [Fact]
    public async Task Files_are_written_as_a_txt_and_ann_pair_the_importer_reads()
    {
        var folder = Directory.CreateTempSubdirectory("mcodebench-brat-export-").FullName;
        try
        {
            var document = BratImporter.DocumentLayout("NCT1", GoldExamples.Eligibility);
            await BratExporter.WriteFilesAsync(folder, "NCT1", BratExporter.Export(document, [GoldExamples.Her2]), TestContext.Current.CancellationToken);

            var imported = await BratImporter.ImportDirectoryAsync(folder, BratTypeMap.Identity, TestContext.Current.CancellationToken);

            Assert.Empty(imported.Diagnostics);
            Assert.Equal([GoldExamples.Her2 with { Id = "T1" }], imported.Standards[0].Entities);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
