using McodeBench.Core.Annotations;
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
        Assert.Equal((1L, 1L, 5L, 2L, 5m + 4m), (estimate.Tasks, estimate.LlmCalls, estimate.InputTokens, estimate.OutputTokens, estimate.Cost));
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

        // Text 12 chars → 3 tokens; no gold, so output is a share of the text. Extraction: "E:" + 12 = 14 chars → 4
        // tokens; output 0.8 × 3 = 2.4 (the entities). Mapping: "M:|" + 12 = 15 chars → 4 tokens, + ceil(0.31 × 2.4) = 1
        // entity token = 5; output 1.0 × 3 = 3. Output 2.4 + 3 = 5.4 → 6.
        Assert.Equal((1L, 2L, 4L + 5L, 6L), (estimate.Tasks, estimate.LlmCalls, estimate.InputTokens, estimate.OutputTokens));
        Assert.Equal(9m + 12m, estimate.Cost);
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

        Assert.Equal((4L, 8L, 0m), (estimate.Tasks, estimate.LlmCalls, estimate.Cost));
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
        Assert.Equal(6L, estimate.Tasks);
    }

    [Fact]
    public void Without_history_the_output_follows_the_gold_size_within_a_range()
    {
        var model = Model("paid", modelId: "llama3:8b", pricing: DollarPerToken);
        var gold = Gold("T1", entities: 2, mappings: 3);

        var estimate = new DryRunEstimator(id => TrialTexts[id], id => id == "T1" ? gold : null)
            .Estimate(Spec(PipelineKind.Direct, ["T1"]), new ResolvedRun([Prompt("direct", PromptType.Direct)], [model], ["T1"]), null, Created, TestContext.Current.CancellationToken);

        // Direct: 78 tokens per gold entity × 2 = 156; the range is ±30% (the size rule's calibrated spread).
        Assert.Equal((156L, 109L, 203L), (estimate.OutputTokens, estimate.OutputTokensLow, estimate.OutputTokensHigh));
        Assert.Equal("gold answer size", estimate.Models[0].OutputBasis);
        Assert.True(estimate.CostLow < estimate.Cost && estimate.Cost < estimate.CostHigh);
    }

    [Fact]
    public void Earlier_output_of_the_same_prompt_model_and_trial_wins_over_the_gold_size()
    {
        var model = Model("paid", modelId: "llama3:8b", pricing: DollarPerToken);
        var history = new OutputHistory([new OutputSample("paid", "direct", "T1", Tasks: 4, OutputTokens: 4_000)]);

        var estimate = new DryRunEstimator(id => TrialTexts[id], _ => Gold("T1", entities: 2, mappings: 3))
            .Estimate(Spec(PipelineKind.Direct, ["T1"], repeats: 3), new ResolvedRun([Prompt("direct", PromptType.Direct)], [model], ["T1"]), history, Created, TestContext.Current.CancellationToken);

        // 1,000 tokens a task in earlier runs × 3 repeats; ±15% around what was measured.
        Assert.Equal((3_000L, 2_550L, 3_450L), (estimate.OutputTokens, estimate.OutputTokensLow, estimate.OutputTokensHigh));
        Assert.Equal("earlier runs of these prompts on this model", estimate.Models[0].OutputBasis);
    }

    [Fact]
    public void Earlier_output_on_other_trials_is_scaled_by_the_gold_size()
    {
        var model = Model("paid", modelId: "llama3:8b", pricing: DollarPerToken);
        var golds = new Dictionary<string, GoldStandard> { ["T1"] = Gold("T1", entities: 2, mappings: 0), ["T2"] = Gold("T2", entities: 4, mappings: 0) };

        // T1 wrote 312 tokens where the size rule expects 2 × 78 = 156: this model writes twice as much, so T2 (4 × 78 = 312) → 624.
        var history = new OutputHistory([new OutputSample("paid", "direct", "T1", Tasks: 1, OutputTokens: 312)]);
        var estimate = new DryRunEstimator(id => TrialTexts[id], id => golds.GetValueOrDefault(id))
            .Estimate(Spec(PipelineKind.Direct, ["T2"]), new ResolvedRun([Prompt("direct", PromptType.Direct)], [model], ["T2"]), history, Created, TestContext.Current.CancellationToken);

        Assert.Equal(624L, estimate.OutputTokens);
    }

    [Fact]
    public void Another_models_history_does_not_count()
    {
        var model = Model("paid", modelId: "llama3:8b", pricing: DollarPerToken);
        var history = new OutputHistory([new OutputSample("other", "direct", "T1", Tasks: 1, OutputTokens: 9_999)]);

        var estimate = new DryRunEstimator(id => TrialTexts[id], _ => Gold("T1", entities: 2, mappings: 3))
            .Estimate(Spec(PipelineKind.Direct, ["T1"]), new ResolvedRun([Prompt("direct", PromptType.Direct)], [model], ["T1"]), history, Created, TestContext.Current.CancellationToken);

        Assert.Equal(156L, estimate.OutputTokens);
    }

    [Fact]
    public void A_hundred_million_repeats_are_multiplied_not_built()
    {
        var model = Model("paid", modelId: "llama3:8b", pricing: DollarPerToken);

        var estimate = Estimate(PipelineKind.Direct, [Prompt("direct", PromptType.Direct, "Extract: {clinical_text}")], [model], ["T1"], repeats: 100_000_000);

        Assert.Equal((100_000_000L, 500_000_000L, 200_000_000L), (estimate.Tasks, estimate.InputTokens, estimate.OutputTokens));
    }

    private static GoldStandard Gold(string trialId, int entities, int mappings) => new(
        trialId,
        [.. Enumerable.Range(0, entities).Select(i => new Entity($"e{i}", "condition"))],
        [.. Enumerable.Range(0, mappings).Select(i => new Mapping("CancerCondition", $"m{i}"))]);

    private static RunSpec Spec(PipelineKind pipeline, string[] trials, int repeats = 1) =>
        new() { Name = "estimate", Pipeline = pipeline, PromptKeys = ["*"], ModelKeys = ["*"], TrialIds = trials, Repeats = repeats };

    private static DryRunEstimate Estimate(PipelineKind pipeline, PromptDefinition[] prompts, ModelDefinition[] models, string[] trials, int repeats = 1) =>
        new DryRunEstimator(id => TrialTexts[id]).Estimate(Spec(pipeline, trials, repeats), new ResolvedRun(prompts, models, trials), null, Created, TestContext.Current.CancellationToken);
}
