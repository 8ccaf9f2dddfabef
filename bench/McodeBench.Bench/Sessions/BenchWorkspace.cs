using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Bench.Sessions;

/// <summary>
/// The bundled samples (18 trials with gold, the sample prompts) with one model: the sample library's simulated-gpt
/// pointed at the harness's simulator, with the concurrency and rate limit the scenario asks for.
/// </summary>
internal static class BenchWorkspace
{
    public const string ModelKey = "bench-sim";
    public const string ModelId = "bench-sim";

    public static async Task<BenchmarkWorkspace> LoadAsync(Uri simulator, int maxConcurrency, int? requestsPerMinute, CancellationToken cancellationToken)
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryRoot.Samples), cancellationToken);
        var samples = loaded.Workspace ?? throw new InvalidOperationException("The samples did not load: " + string.Join("; ", loaded.Diagnostics));
        var model = samples.Models.Get("simulated-gpt") with
        {
            Key = ModelKey,
            ModelId = ModelId,
            Endpoint = simulator.ToString(),
            MaxConcurrency = maxConcurrency,
            RequestsPerMinute = requestsPerMinute,
            Description = "Load-test model: the harness's simulator.",
        };
        return samples with { Models = new ModelLibrary([model], ModelKey, samples.Models.Version, "the harness's model library") };
    }

    /// <summary>A two-step run over every sample trial, repeated until it has at least <paramref name="tasks"/> tasks.</summary>
    public static RunSpec Spec(string name, int tasks, int concurrency, int trialCount) => new()
    {
        Name = name,
        PromptKeys = ["extract-structured", "map-coded"],
        ModelKeys = [ModelKey],
        TrialIds = ["*"],
        Pipeline = PipelineKind.TwoStep,
        Repeats = Math.Max(1, (tasks + trialCount - 1) / trialCount),
        Concurrency = concurrency,
    };
}
