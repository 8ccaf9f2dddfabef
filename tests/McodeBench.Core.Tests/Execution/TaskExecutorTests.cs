using McodeBench.Core.Execution;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Execution;

/// <summary>The executor over the bundled samples and the in-process rules baseline: the product's own path for one task.</summary>
public sealed class TaskExecutorTests
{
    [Theory]
    [InlineData(PipelineKind.TwoStep, new[] { "extract-structured", "map-coded" })]
    [InlineData(PipelineKind.Direct, new[] { "direct-evidence" })]
    public async Task Runs_a_sample_task_end_to_end_and_scores_it_against_its_gold(PipelineKind pipeline, string[] prompts)
    {
        var workspace = await LoadSamplesAsync();
        using var clients = ModelClientRegistry.CreateDefault();
        var task = Task(pipeline, prompts, "NCT99000001");

        var execution = await new TaskExecutor(workspace, clients).ExecuteAsync(task, TestContext.Current.CancellationToken);

        Assert.True(execution.Pipeline.IsSuccess, execution.Pipeline.Failure?.Message);
        Assert.NotNull(execution.Score);
        Assert.Equal("NCT99000001", execution.Score.TrialId);
        Assert.Equal(workspace.Gold["NCT99000001"].Entities.Count, execution.Score.Report.Entities.Strict.Pos);
        Assert.InRange(execution.Score.Report.Entities.Strict.F1!.Value, 0.5, 1.0);
        Assert.Equal(pipeline == PipelineKind.TwoStep ? 2 : 1, execution.Usage.Calls);
        Assert.Equal(0m, execution.Usage.Cost); // the rules baseline is free
    }

    [Fact]
    public async Task Predictions_are_anchored_only_in_the_sections_the_model_was_shown()
    {
        var full = await LoadSamplesAsync();
        var eligibilityOnly = full with { Sections = ["eligibility"] };
        using var clients = ModelClientRegistry.CreateDefault();
        var task = Task(PipelineKind.Direct, ["direct-evidence"], "NCT99000001");

        var execution = await new TaskExecutor(eligibilityOnly, clients).ExecuteAsync(task, TestContext.Current.CancellationToken);

        // Every prediction that was anchored lies in eligibility; gold mentions in titles are then missed, never matched.
        Assert.All(
            execution.Score!.Report.EntityAlignment.Where(row => row.PredictionSpan is not null),
            row => Assert.Equal("eligibility", row.PredictionSpan!.Section));
        Assert.True(execution.Score.Report.Entities.Strict.Mis > 0);
    }

    [Fact]
    public async Task An_unknown_trial_is_an_error_naming_it()
    {
        var workspace = await LoadSamplesAsync();
        using var clients = ModelClientRegistry.CreateDefault();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(
            () => new TaskExecutor(workspace, clients).ExecuteAsync(Task(PipelineKind.Direct, ["direct-evidence"], "NCT00000000"), TestContext.Current.CancellationToken));

        Assert.Contains("NCT00000000", error.Message, StringComparison.Ordinal);
    }

    private static BenchmarkTask Task(PipelineKind pipeline, string[] prompts, string trialId) =>
        new("t1", "t1", new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), "run-1", pipeline, prompts, "rules-baseline", trialId, 0);

    private static async Task<BenchmarkWorkspace> LoadSamplesAsync()
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryPaths.Samples), TestContext.Current.CancellationToken);
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Workspace!;
    }
}
