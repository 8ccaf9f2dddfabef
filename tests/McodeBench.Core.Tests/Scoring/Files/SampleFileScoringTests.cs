using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>The sample gold, relabelled as predictions (gold items are model-output items with spans), scored from folders.</summary>
public sealed class SampleFileScoringTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_sample_gold_file_read_as_predictions_scores_1_in_every_entity_and_mapping_scheme()
    {
        var goldFolder = Path.Combine(RepositoryPaths.Samples, "gold");
        foreach (var file in Directory.GetFiles(goldFolder, "*.gold.json"))
        {
            var json = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            folder.Write(Path.GetFileName(file), json.Replace("\"mcodebench-gold\"", "\"mcodebench-predictions\"", StringComparison.Ordinal));
        }

        var report = await FileScorer.ScoreAsync(
            new FileScoringRequest([goldFolder], [folder.Path], [Path.Combine(RepositoryPaths.Samples, "trials")]),
            new ScoringOptions(McodeVocabularyLoader.Default),
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(18, report.Tasks.Count);
        Assert.All(report.Tasks, t => Assert.Equal(ScoredTaskStatus.Scored, t.Status));
        var all = report.Aggregate.AllAttempts;
        var counts = Enum.GetValues<EntityScheme>().Select(s => all.Entities.Get(s).Micro)
            .Concat(Enum.GetValues<MappingScheme>().Select(s => all.Mappings.Get(s).Micro));
        Assert.All(counts, micro =>
        {
            Assert.True(micro.Pos > 0);
            Assert.Equal((micro.Pos, micro.Pos), (micro.Cor, micro.Act));
            Assert.Equal(1.0, micro.F1);
        });
        Assert.All(report.Tasks, t => Assert.Equal(0, t.Report.Unsupported));
    }
}
