using McodeBench.Core.Library;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using static McodeBench.Core.Tests.Tasks.TaskFixtures;

namespace McodeBench.Core.Tests.Tasks;

public sealed class MatrixExpansionTests
{
    private static readonly PromptDefinition[] Prompts =
    [
        Prompt("extract-a", PromptType.Extraction, tags: "default"),
        Prompt("extract-b", PromptType.Extraction),
        Prompt("map-a", PromptType.Mapping, "{entities_json} {trial_context}", "default"),
        Prompt("map-b", PromptType.Mapping, "{entities_json} {trial_context}"),
        Prompt("map-c", PromptType.Mapping, "{entities_json} {trial_context}"),
        Prompt("direct-a", PromptType.Direct),
        Prompt("direct-b", PromptType.Direct, tags: "default"),
    ];

    private static readonly ModelDefinition[] Models = [Model("gpt-4o-mini", tags: "cheap"), Model("gpt-4o"), Model("rules", provider: ProviderKind.RulesBaseline, tags: "cheap")];

    private static readonly (string Id, IReadOnlyList<string> Tags)[] Trials =
        [("NCT001", ["breast"]), ("NCT002", ["lung"]), ("NCT003", ["breast"]), ("NCT100", [])];

    private static readonly RunSpec TwoStep = new()
    {
        Name = "two-step",
        PromptKeys = ["extract-*", "map-*"],
        ModelKeys = ["gpt-4o-mini", "gpt-4o"],
        TrialIds = ["NCT00?"],
        Repeats = 2,
    };

    [Fact]
    public void Two_step_pairs_every_extraction_with_every_mapping()
    {
        var tasks = Expand(TwoStep);

        // 2 extraction × 3 mapping × 2 models × 3 trials × 2 repeats.
        Assert.Equal(2 * 3 * 2 * 3 * 2, tasks.Count);
        Assert.Equal(
            ["extract-a+map-a", "extract-a+map-b", "extract-a+map-c", "extract-b+map-a", "extract-b+map-b", "extract-b+map-c"],
            tasks.Take(6).Select(t => string.Join("+", t.PromptKeys)));
        Assert.All(tasks, t => Assert.Equal((PipelineKind.TwoStep, 2), (t.Pipeline, t.PromptKeys.Count)));
        Assert.All(tasks, t => Assert.Equal(t.PromptKeys, [t.ExtractionPromptKey!, t.MappingPromptKey!]));
    }

    [Fact]
    public void Order_is_repeat_then_trial_then_model_then_prompt()
    {
        var tasks = Expand(TwoStep);

        Assert.Equal(("NCT001", "gpt-4o-mini", 0), (tasks[0].TrialId, tasks[0].ModelKey, tasks[0].RepeatIndex));
        Assert.Equal(("NCT001", "gpt-4o", 0), (tasks[6].TrialId, tasks[6].ModelKey, tasks[6].RepeatIndex));
        Assert.Equal(("NCT002", "gpt-4o-mini", 0), (tasks[12].TrialId, tasks[12].ModelKey, tasks[12].RepeatIndex));
        Assert.Equal(("NCT001", "gpt-4o-mini", 1), (tasks[36].TrialId, tasks[36].ModelKey, tasks[36].RepeatIndex));
        Assert.Equal("run-1/r1/NCT001/gpt-4o-mini/extract-a+map-a", tasks[36].Id);
    }

    [Fact]
    public void Expansion_is_deterministic_and_ids_are_unique()
    {
        var first = Expand(TwoStep);
        var second = Expand(TwoStep);

        Assert.Equal(first.Select(t => t.Id), second.Select(t => t.Id));
        Assert.Equal(first.Count, first.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(first, t => Assert.Equal((TrackedTaskStatus.Pending, TaskPriority.Normal, "run-1", TaskFixtures.Created), (t.Status, t.Priority, t.RunId, t.CreatedUtc)));
    }

    [Fact]
    public void Direct_runs_use_direct_prompts_only()
    {
        var spec = TwoStep with { Pipeline = PipelineKind.Direct, PromptKeys = ["*"], ModelKeys = ["tag:cheap"], TrialIds = ["tag:breast"], Repeats = 3, Priority = TaskPriority.High };

        var tasks = Expand(spec);

        // 2 direct prompts × 2 cheap models × 2 breast trials × 3 repeats.
        Assert.Equal(2 * 2 * 2 * 3, tasks.Count);
        Assert.Equal(["direct-a", "direct-b"], tasks.Select(t => t.DirectPromptKey!).Distinct());
        Assert.Equal(["NCT001", "NCT003"], tasks.Select(t => t.TrialId).Distinct());
        Assert.All(tasks, t => Assert.Equal(TaskPriority.High, t.Priority));
        Assert.Equal("NCT001 · gpt-4o-mini · direct-a #1", tasks[0].Name);
    }

    [Fact]
    public void A_prompt_of_the_wrong_type_named_exactly_is_a_diagnostic()
    {
        var spec = TwoStep with { PromptKeys = ["extract-a", "direct-a"] };
        var run = RunSelector.Resolve(spec, Prompts, Models, Trials);

        var error = Assert.Throws<InvalidRunSpecException>(() => MatrixExpansion.Expand(spec, run, "run-1", Created));

        Assert.Contains(error.Diagnostics, d => d.Message.Contains("'direct-a' is a Direct prompt", StringComparison.Ordinal));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("at least one mapping prompt", StringComparison.Ordinal));
        Assert.Contains("Run 'two-step' cannot be expanded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_named_with_close_matches()
    {
        var spec = TwoStep with { PromptKeys = ["extract-a", "mapp-a"], ModelKeys = ["gpt4o"], TrialIds = ["NCT0001"] };

        var error = Assert.Throws<UnknownSelectionException>(() => RunSelector.Resolve(spec, Prompts, Models, Trials));

        Assert.Equal(["mapp-a", "gpt4o", "NCT0001"], error.Unknown.Select(u => u.Selector));
        Assert.Contains("unknown prompt 'mapp-a' (did you mean map-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown model 'gpt4o' (did you mean gpt-4o", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown trial 'NCT0001' (did you mean NCT001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concurrency_override_for_a_model_outside_the_run_is_a_diagnostic()
    {
        var spec = TwoStep with { ModelConcurrency = new Dictionary<string, int> { ["gpt-4o-mni"] = 2 } };

        var diagnostic = Assert.Single(MatrixExpansion.Validate(spec, RunSelector.Resolve(spec, Prompts, Models, Trials)));

        Assert.Equal("model_concurrency.gpt-4o-mni", diagnostic.JsonPath);
        Assert.Contains("did you mean gpt-4o-mini", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_gives_the_expanded_tasks_in_order_one_at_a_time_and_Count_says_how_many()
    {
        var run = RunSelector.Resolve(TwoStep, Prompts, Models, Trials);
        var expanded = Expand(TwoStep);

        using var streamed = MatrixExpansion.Enumerate(TwoStep, run, "run-1", Created).GetEnumerator();
        var ids = new List<string>();
        while (streamed.MoveNext())
        {
            ids.Add(streamed.Current.Id);
            Assert.Equal(expanded[ids.Count - 1].Name, streamed.Current.Name);
            Assert.Equal(expanded[ids.Count - 1].Tags, streamed.Current.Tags);
        }

        Assert.Equal(expanded.Select(t => t.Id), ids);
        Assert.Equal(expanded.Count, MatrixExpansion.Count(TwoStep, run));
    }

    [Fact]
    public void Enumerate_rejects_a_bad_spec_before_the_first_task_is_read()
    {
        var spec = TwoStep with { PromptKeys = ["map-*"] };
        var run = RunSelector.Resolve(spec, Prompts, Models, Trials);

        Assert.Throws<InvalidRunSpecException>(() => MatrixExpansion.Enumerate(spec, run, "run-1", Created));
    }

    private static IReadOnlyList<BenchmarkTask> Expand(RunSpec spec) =>
        MatrixExpansion.Expand(spec, RunSelector.Resolve(spec, Prompts, Models, Trials), "run-1", Created);
}
