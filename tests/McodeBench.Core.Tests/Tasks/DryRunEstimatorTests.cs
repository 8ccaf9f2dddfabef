using McodeBench.Core.Library;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using static McodeBench.Core.Tests.Tasks.TaskFixtures;

namespace McodeBench.Core.Tests.Tasks;

public sealed class DryRunEstimatorTests
{
    // One dollar per input token, two per output token: costs equal weighted token counts.
    private static readonly ModelPricing DollarPerToken = new(1_000_000m, 2_000_000m);

    private static readonly Dictionary<string, string> TrialTexts = new() { ["T1"] = "abcdefgh", ["T2"] = "abcdefghijkl", ["H"] = "hello world" };

    [Fact]
    public void Direct_task_with_the_character_approximation()
    {
        var model = Model("local", modelId: "llama3:8b", pricing: DollarPerToken);
        var prompt = Prompt("direct", PromptType.Direct, "Extract: {clinical_text}");

        var estimate = Estimate(PipelineKind.Direct, [prompt], [model], ["T1"]);

        // Rendered "Extract: abcdefgh" = 17 chars → ceil(17/4) = 5 input tokens; text 8 chars → 2 tokens → output ceil(1.0 × 2) = 2.
        Assert.Equal((1, 1, 5L, 2L, 5m + 4m), (estimate.Tasks, estimate.LlmCalls, estimate.InputTokens, estimate.OutputTokens, estimate.Cost));
        var perModel = Assert.Single(estimate.Models);
        Assert.Equal("approximation: ceil(chars / 4)", perModel.TokenCountMethod);
        Assert.False(perModel.IsExactCount);
    }

    [Fact]
    public void Two_step_task_counts_two_calls_and_feeds_the_extraction_output_to_the_mapping()
    {
        var model = Model("local", modelId: "llama3:8b", pricing: DollarPerToken);
        PromptDefinition[] prompts =
        [
            Prompt("ex", PromptType.Extraction, "E:{clinical_text}"),
            Prompt("map", PromptType.Mapping, "M:{entities_json}|{trial_context}"),
        ];

        var estimate = Estimate(PipelineKind.TwoStep, prompts, [model], ["T2"]);

        // Text 12 chars → 3 tokens. Extraction: "E:" + 12 = 14 chars → 4 tokens; output ceil(0.8 × 3) = 3 (the entities).
        // Mapping: "M:|" + 12 = 15 chars → 4 tokens, + 3 entity tokens = 7; output ceil(1.0 × 3) = 3.
        Assert.Equal((1, 2, 4L + 7L, 3L + 3L), (estimate.Tasks, estimate.LlmCalls, estimate.InputTokens, estimate.OutputTokens));
        Assert.Equal(11m + 12m, estimate.Cost);
    }

    [Fact]
    public void A_named_tokenizer_counts_exactly()
    {
        var model = Model("mini", modelId: "my-finetune", tokenizer: "o200k_base", pricing: DollarPerToken);
        var prompt = Prompt("direct", PromptType.Direct, "Say: {clinical_text}");

        var estimate = Estimate(PipelineKind.Direct, [prompt], [model], ["H"]);

        // o200k_base: "Say: hello world" = Say | : | ␠hello | ␠world = 4; "hello world" = 2 → output 2.
        Assert.Equal((4L, 2L), (estimate.InputTokens, estimate.OutputTokens));
        Assert.Equal("tiktoken o200k_base", estimate.Models[0].TokenCountMethod);
        Assert.True(estimate.Models[0].IsExactCount);
    }

    [Fact]
    public void A_known_openai_model_id_selects_its_tokenizer()
    {
        var estimator = new DryRunEstimator(id => TrialTexts[id]);

        var counter = estimator.CounterFor(Model("gpt", modelId: "gpt-4o-mini"));

        Assert.True(counter.IsExact);
        Assert.Equal(2, counter.CountTokens("hello world"));
    }

    [Fact]
    public void An_unknown_tokenizer_name_falls_back_to_the_approximation_and_says_so()
    {
        var counter = new DryRunEstimator(id => TrialTexts[id]).CounterFor(Model("x", tokenizer: "no_such_encoding"));

        Assert.False(counter.IsExact);
        Assert.Contains("no_such_encoding", counter.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_capped_by_the_models_max_output_tokens()
    {
        var model = Model("local", modelId: "llama3:8b", maxOutputTokens: 1);

        var estimate = Estimate(PipelineKind.Direct, [Prompt("direct", PromptType.Direct)], [model], ["T2"]);

        Assert.Equal(1L, estimate.OutputTokens);
    }

    [Fact]
    public void The_rules_baseline_counts_calls_but_costs_nothing()
    {
        var model = Model("rules", modelId: "rules", pricing: DollarPerToken, provider: ProviderKind.RulesBaseline);
        PromptDefinition[] prompts = [Prompt("ex", PromptType.Extraction), Prompt("map", PromptType.Mapping, "{entities_json}{trial_context}")];

        var estimate = Estimate(PipelineKind.TwoStep, prompts, [model], ["T1", "T2"], repeats: 2);

        Assert.Equal((4, 8, 0m), (estimate.Tasks, estimate.LlmCalls, estimate.Cost));
        Assert.True(estimate.Models[0].IsFree);
        Assert.True(estimate.InputTokens > 0);
    }

    [Fact]
    public void Totals_are_the_sums_over_models()
    {
        ModelDefinition[] models = [Model("a", modelId: "llama3:8b", pricing: DollarPerToken), Model("b", modelId: "gpt-4o-mini", pricing: DollarPerToken)];

        var estimate = Estimate(PipelineKind.Direct, [Prompt("direct", PromptType.Direct)], models, ["T1", "T2", "H"]);

        Assert.Equal(["a", "b"], estimate.Models.Select(m => m.ModelKey));
        Assert.Equal(estimate.Models.Sum(m => m.InputTokens), estimate.InputTokens);
        Assert.Equal(estimate.Models.Sum(m => m.Cost), estimate.Cost);
        Assert.Equal(6, estimate.Tasks);
    }

    private static DryRunEstimate Estimate(PipelineKind pipeline, PromptDefinition[] prompts, ModelDefinition[] models, string[] trials, int repeats = 1)
    {
        var spec = new RunSpec { Name = "estimate", Pipeline = pipeline, PromptKeys = ["*"], ModelKeys = ["*"], TrialIds = trials, Repeats = repeats };
        var run = new ResolvedRun(prompts, models, trials);
        var tasks = MatrixExpansion.Expand(spec, run, "run", Created);
        return new DryRunEstimator(id => TrialTexts[id]).Estimate(tasks, prompts, models);
    }
}
