using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>Scoring brat files: the LCT corpus against itself, and brat predictions against native gold and CT.gov trials.</summary>
public sealed class BratFileScoringTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_LCT_corpus_scored_against_itself_is_perfect_in_every_entity_scheme()
    {
        var lct = RepositoryPaths.RequireReference("lct", "docs");
        var request = new FileScoringRequest([lct], [lct]) { PredictionBratTypes = BratTypeMap.Lct };

        var report = await FileScorer.ScoreAsync(request, new ScoringOptions(McodeVocabularyLoader.Default), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(Directory.GetFiles(lct, "*.ann").Length, report.Tasks.Count);
        Assert.Empty(report.TrialsWithoutPredictions);
        Assert.Empty(report.PredictionsWithoutGold);
        var all = report.Aggregate.AllAttempts;
        Assert.True(all.Entities.Strict.Micro.Pos > 0);
        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            var micro = all.Entities.Get(scheme).Micro;
            Assert.Equal((micro.Pos, micro.Pos, 0), (micro.Cor, micro.Act, micro.Spu));
            Assert.Equal((1.0, 1.0, 1.0), (micro.Precision, micro.Recall, micro.F1));
        }

        // LCT has no mappings: mapping figures are undefined, not 0 or 1.
        Assert.Null(all.Mappings.Strict.Micro.F1);
        Assert.Equal(0, all.Unsupported);
    }

    [Fact]
    public async Task Brat_predictions_exported_from_native_gold_score_perfectly_against_it()
    {
        var trialPath = Path.Combine(RepositoryPaths.Samples, "trials", "NCT99000001.json");
        var goldPath = Path.Combine(RepositoryPaths.Samples, "gold", "NCT99000001.gold.json");
        var trial = Assert.Single((await CtGovStudyReader.ReadFileAsync(trialPath, TestContext.Current.CancellationToken)).Trials);
        var gold = Assert.Single((await GoldStandardReader.ReadFileAsync(goldPath, TestContext.Current.CancellationToken)).Standards);
        await BratExporter.WriteFilesAsync(
            folder.Combine("brat"), trial.Id, BratExporter.Export(TrialTextAssembler.Assemble(trial), gold.Entities), TestContext.Current.CancellationToken);

        var report = await FileScorer.ScoreAsync(
            new FileScoringRequest([goldPath], [folder.Combine("brat")], [trialPath]),
            new ScoringOptions(McodeVocabularyLoader.Default),
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var task = Assert.Single(report.Tasks);
        Assert.Equal(gold.Entities.Count, task.Report.Entities.Strict.Cor);
        Assert.Equal((1.0, 1.0), (task.Report.Entities.Strict.Precision, task.Report.Entities.Strict.Recall));

        // Brat carries no mappings: every gold mapping is missed, and precision is undefined.
        Assert.Equal(gold.Mappings.Count, task.Report.Mappings.Strict.Mis);
        Assert.Null(task.Report.Mappings.Strict.Precision);
    }
}
