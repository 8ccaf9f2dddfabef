using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Gold;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring.Files;

public sealed class BratPredictionReaderTests : IDisposable
{
    private static readonly List<Entity> Entities =
    [
        GoldExamples.Her2,
        new("therapy", "medication", new TextSpan(SectionNames.BriefTitle, 5, 12)),
        new("trastuzumab", "drug", new TextSpan(SectionNames.Eligibility, 123, 134), Criterion.Exclusion, true),
    ];

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string[]> SectionOrders => new(
        [SectionNames.BriefTitle, SectionNames.Eligibility],
        [SectionNames.Eligibility, SectionNames.BriefTitle]);

    [Theory]
    [MemberData(nameof(SectionOrders))]
    public void Offsets_into_an_assembled_text_map_back_to_section_spans_whatever_the_section_order(string[] sections)
    {
        var files = BratExporter.Export(TrialTextAssembler.Assemble(GoldExamples.Trial, sections), Entities);

        var read = BratPredictionReader.ReadDocument(GoldExamples.Trial.Id, files.Text, files.Annotations, GoldExamples.Trial, null, "p.ann");

        Assert.Empty(read.Diagnostics);
        var prediction = Assert.Single(read.Tasks).Prediction!;
        Assert.Equal(Entities.Select(e => (e.Text, e.Type, e.Span, e.Negated)), prediction.Entities.Select(e => (e.Text, e.Type, e.Span, e.Negated)));
    }

    [Fact]
    public void A_text_that_is_one_section_of_the_trial_maps_onto_that_section()
    {
        var eligibility = new TrialText(GoldExamples.Trial.Id, GoldExamples.Eligibility, [new SectionOffset(SectionNames.Eligibility, 0, GoldExamples.Eligibility.Length)]);
        var files = BratExporter.Export(eligibility, [GoldExamples.Her2]);

        var read = BratPredictionReader.ReadDocument(GoldExamples.Trial.Id, files.Text, files.Annotations, GoldExamples.Trial, null, "p.ann");

        Assert.Equal(GoldExamples.Her2.Span, Assert.Single(read.Tasks[0].Prediction!.Entities).Span);
    }

    [Fact]
    public void A_text_that_is_not_the_trials_drops_the_spans_so_entities_are_anchored_by_text()
    {
        const string Other = "Patients with HER2-positive tumours.";
        var files = BratExporter.Export(BratImporter.DocumentLayout("x", Other), [new Entity("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 14, 27))]);

        var read = BratPredictionReader.ReadDocument(GoldExamples.Trial.Id, files.Text, files.Annotations, GoldExamples.Trial, null, "p.ann");

        var entity = Assert.Single(read.Tasks[0].Prediction!.Entities);
        Assert.Equal(("HER2-positive", null), (entity.Text, entity.Span));
        var warning = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("anchored by their text", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_map_turns_corpus_types_into_entity_types_and_drops_the_rest()
    {
        const string Text = "Stage IV NSCLC; prior cisplatin; ECOG 0-1.";
        const string Annotations = "T1\tCondition 9 14\tNSCLC\nT2\tDrug 22 31\tcisplatin\nT3\tObservation 33 37\tECOG\nT4\tValue 38 41\t0-1\n";

        var identity = BratPredictionReader.ReadDocument("NCT1", Text, Annotations, null, null, "p.ann");
        var lct = BratPredictionReader.ReadDocument("NCT1", Text, Annotations, null, BratTypeMap.Lct, "p.ann");

        Assert.Equal(["Condition", "Drug", "Observation", "Value"], identity.Tasks[0].Prediction!.Entities.Select(e => e.Type));
        Assert.Equal(["condition", "medication", "performance_status"], lct.Tasks[0].Prediction!.Entities.Select(e => e.Type));
        Assert.All(lct.Tasks[0].Prediction!.Entities, e => Assert.Equal(SectionNames.Eligibility, e.Span!.Section));
    }

    [Fact]
    public async Task A_folder_reads_each_document_a_text_alone_predicts_nothing_and_annotations_alone_are_an_error()
    {
        folder.Write("brat/NCT1.txt", "HER2-positive disease.");
        folder.Write("brat/NCT1.ann", "T1\tbiomarker 0 13\tHER2-positive\n");
        folder.Write("brat/NCT2.txt", "No annotations here.");
        folder.Write("brat/NCT3.ann", "T1\tbiomarker 0 4\tHER2\n");

        var read = await BratPredictionReader.ReadAsync(folder.Combine("brat"), [], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["NCT1", "NCT2"], read.Tasks.Select(t => t.TrialId));
        Assert.Equal(new TextSpan(SectionNames.Eligibility, 0, 13), Assert.Single(read.Tasks[0].Prediction!.Entities).Span);
        Assert.Empty(read.Tasks[1].Prediction!.Entities);
        Assert.Contains(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.TrialId == "NCT2");
        var error = Assert.Single(read.Errors);
        Assert.Equal("NCT3", error.TrialId);
        Assert.Contains("no NCT3.txt", error.Message, StringComparison.Ordinal);
    }
}
