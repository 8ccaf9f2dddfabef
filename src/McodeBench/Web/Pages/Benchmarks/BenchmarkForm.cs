using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Web.Pages.Benchmarks;

/// <summary>What the New benchmark page holds while the user chooses; <see cref="ToSpec"/> is the run it would start.</summary>
public sealed class BenchmarkForm
{
    public string Name { get; set; } = "benchmark";

    public PipelineKind Pipeline { get; set; } = PipelineKind.TwoStep;

    public IReadOnlyCollection<string> Prompts { get; set; } = [];

    public IReadOnlyCollection<string> Models { get; set; } = [];

    public IReadOnlyCollection<string> Trials { get; set; } = [];

    public int Repeats { get; set; } = 1;

    public int Concurrency { get; set; } = 4;

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public RankingMeasure Measure { get; set; } = RankingMeasure.F1;

    public RankingTarget Target { get; set; } = RankingTarget.Entity;

    public EntityScheme Scheme { get; set; } = EntityScheme.Type;

    public int? TopN { get; set; }

    /// <summary>The command line's defaults: the pipeline's default prompts, the default model, every trial with gold.</summary>
    public static BenchmarkForm Defaults(BenchmarkWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var form = new BenchmarkForm
        {
            Models = workspace.Models.DefaultKey is { } model ? [model] : [],
            Trials = workspace.Gold.Keys.Where(workspace.Trials.ContainsKey).Order(StringComparer.Ordinal).ToList(),
        };
        form.UseDefaultPrompts(workspace.Prompts);
        return form;
    }

    /// <summary>Keeps the chosen prompts that fit the pipeline; when none do, takes the library's defaults for it.</summary>
    public void UseDefaultPrompts(PromptLibrary prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var fitting = Prompts.Where(key => prompts.Prompts.Any(p => p.Key == key && RunSelector.FitsPipeline(p.Type, Pipeline))).ToList();
        Prompts = fitting.Count > 0
            ? fitting
            : Pipeline == PipelineKind.TwoStep
                ? new[] { prompts.DefaultFor(PromptType.Extraction)?.Key, prompts.DefaultFor(PromptType.Mapping)?.Key }.OfType<string>().ToList()
                : new[] { prompts.DefaultFor(PromptType.Direct)?.Key }.OfType<string>().ToList();
    }

    // The keys are exact, ordered as the libraries list them, so the expansion order does not depend on click order.
    public RunSpec ToSpec(BenchmarkWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new RunSpec
        {
            Name = Name?.Trim() ?? string.Empty,
            Pipeline = Pipeline,
            PromptKeys = workspace.Prompts.Prompts.Select(p => p.Key).Where(Prompts.Contains).ToList(),
            ModelKeys = workspace.Models.Models.Select(m => m.Key).Where(Models.Contains).ToList(),
            TrialIds = Trials.Order(StringComparer.Ordinal).ToList(),
            Repeats = Repeats,
            Concurrency = Concurrency,
            Priority = Priority,
            Ranking = new RankingMetric(Measure, Target, Scheme),
            TopN = TopN,
        };
    }
}
