using McodeBench.Core.Execution;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Provenance;

/// <summary>Leftovers of issue 13: trial files over the size limit, one error for an unreadable predictions file, the value comparison switch.</summary>
public sealed class ScoringInputLimitsTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_trial_file_over_the_limit_is_an_error_naming_the_file_and_the_setting_and_is_not_read()
    {
        var big = folder.Combine("huge.json");
        await File.WriteAllBytesAsync(big, new byte[(1024 * 1024) + 1], TestContext.Current.CancellationToken);
        var paths = WorkspacePaths.FromSamples(RepositoryPaths.Samples) with { Trials = [big] };

        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(paths, new WorkspaceLoadOptions { MaxTrialFileMb = 1 }, TestContext.Current.CancellationToken);

        var error = Assert.Single(loaded.Diagnostics, d => d.IsError && d.File == big);
        Assert.Contains("over the 1 MB limit (MaxTrialFileMb)", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxTrialFileMb", error.Fix, StringComparison.Ordinal);
        Assert.Null(loaded.Workspace);
        Assert.Null(BenchmarkWorkspaceLoader.TooLarge(big, new WorkspaceLoadOptions { MaxTrialFileMb = 2 }));
    }

    [Fact]
    public async Task The_value_comparison_reaches_the_workspace_scoring_options()
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(
            WorkspacePaths.FromSamples(RepositoryPaths.Samples), new WorkspaceLoadOptions { ValueComparison = ValueComparison.Text }, TestContext.Current.CancellationToken);

        Assert.Equal(ValueComparison.Text, loaded.Workspace!.Scoring.ValueComparison);
        Assert.Equal(ValueComparison.Clinical, (await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryPaths.Samples), TestContext.Current.CancellationToken)).Workspace!.Scoring.ValueComparison);
    }

    [Theory]
    [InlineData("clinical", ValueComparison.Clinical)]
    [InlineData(" Text ", ValueComparison.Text)]
    [InlineData("strings", null)]
    public void Value_comparison_names_parse_in_any_case(string name, ValueComparison? expected) =>
        Assert.Equal(expected, ValueComparisonNames.Parse(name));

    [Fact]
    public async Task A_predictions_file_that_does_not_parse_gives_its_one_error_and_scores_nothing()
    {
        var broken = folder.Write("broken.json", "{\"format\": \"mcodebench-predictions\", \"version\": 1, \"tasks\": [");

        var report = await FileScorer.ScoreAsync(
            new FileScoringRequest([Path.Combine(RepositoryPaths.Samples, "gold")], [broken], [Path.Combine(RepositoryPaths.Samples, "trials")]),
            new ScoringOptions(McodeVocabularyLoader.Default),
            TestContext.Current.CancellationToken);

        Assert.Equal([broken], report.UnreadablePredictions);
        var error = Assert.Single(report.Diagnostics, d => d.Severity >= Core.Diagnostics.DiagnosticSeverity.Warning);
        Assert.Equal(broken, error.File);
        Assert.Empty(report.Tasks);
        Assert.Empty(report.TrialsWithoutPredictions);
    }
}
