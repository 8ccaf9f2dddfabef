using McodeBench.Core.Datasets;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Gold;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

/// <summary>A brat corpus becomes trials and gold a run loads as its workspace.</summary>
public sealed class BratDatasetImporterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_worked_check_imports_as_a_trial_whose_eligibility_is_the_text_with_native_gold()
    {
        var brat = BratWorkedCheckFiles.WriteGold(folder, BratWorkedCheckFiles.GoldAnnotations + "T4\tcondition 59 83\tmetastatic breast cancer\nT5\tScope 0 9\tInclusion\n");

        var report = await BratDatasetImporter.ImportAsync(brat, BratTypeMap.Canonical, "worked", folder.Combine("out"), TestContext.Current.CancellationToken);

        Assert.False(report.HasErrors);
        Assert.Equal((1, 1, 3), (report.Documents, report.DuplicatesRemoved, report.MappedByType.Values.Sum() - report.DuplicatesRemoved));
        Assert.Equal(1, report.DroppedByCorpusType["Scope"]);
        var trials = await CtGovStudyReader.ReadFileAsync(Path.Combine(report.TrialsFolder, BratWorkedCheckFiles.Document + ".json"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(trials.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(BratWorkedCheckFiles.Text, Assert.Single(trials.Trials).FindSection(SectionNames.Eligibility)!.Text);
        Assert.True(File.Exists(folder.Combine("out/import-report.json")));
    }

    [Fact]
    public async Task The_lct_corpus_imports_as_a_workspace_that_loads_without_problems()
    {
        var lct = RepositoryPaths.RequireReference("lct", "docs");

        var report = await BratDatasetImporter.ImportAsync(lct, BratTypeMap.Lct, "lct", folder.Combine("lct"), TestContext.Current.CancellationToken);
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(
            WorkspacePaths.FromSamples(RepositoryPaths.Samples) with { Trials = [report.TrialsFolder], Gold = [report.GoldFolder] },
            TestContext.Current.CancellationToken);

        Assert.False(report.HasErrors);
        Assert.Equal(82, report.Documents);
        Assert.Equal(917, report.MappedByType.Values.Sum());
        Assert.Equal(5682 - 917, report.DroppedByCorpusType.Values.Sum());
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(82, loaded.Workspace!.Trials.Count);
        Assert.Equal(917, loaded.Workspace.Gold.Values.Sum(g => g.Entities.Count));
    }
}
