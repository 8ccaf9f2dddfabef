using McodeBench.Core.Library;

namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// Estimates a run before it runs. Per task and call:
/// <list type="bullet">
/// <item>Input tokens: the prompt rendered with the trial's text (as <c>{clinical_text}</c> and, lacking a better one,
/// as <c>{trial_context}</c>), counted with the model's tokenizer (its library <c>tokenizer</c>, else its model id when
/// it is a known OpenAI model) or ceil(chars / 4).</item>
/// <item>Output tokens: ratio × trial-text tokens (<see cref="DryRunOptions"/>), capped by the model's max output tokens.</item>
/// <item>Two-step: two calls. The mapping prompt's <c>{entities_json}</c> is assumed as long as the extraction's
/// estimated output (it is that output): rendered empty, then that many tokens added.</item>
/// <item>The rules baseline counts its calls and tokens; its cost is 0.</item>
/// </list>
/// </summary>
public sealed class DryRunEstimator
{
    private readonly Func<string, string> trialText;
    private readonly DryRunOptions options;
    private readonly Dictionary<string, ITokenCounter> counters = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Counter, string Prompt, string Trial), long> renderedTokens = [];
    private readonly Dictionary<(string Counter, string Trial), long> textTokens = [];
    private readonly Dictionary<string, string> textCache = new(StringComparer.Ordinal);

    /// <param name="trialText">The assembled text of a trial, by trial id (the same text the pipeline sends).</param>
    public DryRunEstimator(Func<string, string> trialText, DryRunOptions? options = null)
    {
        this.trialText = trialText ?? throw new ArgumentNullException(nameof(trialText));
        this.options = options ?? DryRunOptions.Default;
    }

    /// <summary>The counter used for a model: its named tokenizer, its OpenAI model id, or the approximation.</summary>
    public ITokenCounter CounterFor(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!counters.TryGetValue(model.Key, out var counter))
        {
            counter = model.Tokenizer is { Length: > 0 } encoding
                ? TiktokenTokenCounter.ForEncoding(encoding) ?? (ITokenCounter)new CharacterApproximationTokenCounter(options.CharactersPerToken, $"tokenizer '{encoding}' is not available")
                : TiktokenTokenCounter.ForModel(model.ModelId) ?? (ITokenCounter)new CharacterApproximationTokenCounter(options.CharactersPerToken);
            counters[model.Key] = counter;
        }

        return counter;
    }

    /// <summary>The estimate for <paramref name="tasks"/>, whose prompt and model keys must be in the given libraries.</summary>
    public DryRunEstimate Estimate(IReadOnlyCollection<BenchmarkTask> tasks, IReadOnlyList<PromptDefinition> prompts, IReadOnlyList<ModelDefinition> models)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(models);
        var promptsByKey = prompts.ToDictionary(p => p.Key, StringComparer.OrdinalIgnoreCase);
        var modelsByKey = models.ToDictionary(m => m.Key, StringComparer.OrdinalIgnoreCase);
        var perModel = new List<ModelDryRunEstimate>();
        foreach (var group in tasks.GroupBy(t => t.ModelKey, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var model = modelsByKey.TryGetValue(group.Key, out var found)
                ? found
                : throw new ArgumentException($"Task model '{group.Key}' is not in the model library given.", nameof(models));
            var counter = CounterFor(model);
            var free = model.Provider == ProviderKind.RulesBaseline || model.Pricing is { InputPerMillion: 0m, OutputPerMillion: 0m };
            long input = 0, output = 0;
            var calls = 0;
            foreach (var task in group)
            {
                var (taskInput, taskOutput, taskCalls) = EstimateTask(task, model, counter, promptsByKey);
                input += taskInput;
                output += taskOutput;
                calls += taskCalls;
            }

            var cost = model.Provider == ProviderKind.RulesBaseline ? 0m : model.Pricing.Cost(input, output);
            perModel.Add(new ModelDryRunEstimate(model.Key, counter.Method, counter.IsExact, free, group.Count(), calls, input, output, cost));
        }

        return new DryRunEstimate(
            tasks.Count,
            perModel.Sum(m => m.LlmCalls),
            perModel.Sum(m => m.InputTokens),
            perModel.Sum(m => m.OutputTokens),
            perModel.Sum(m => m.Cost),
            perModel);
    }

    private (long Input, long Output, int Calls) EstimateTask(BenchmarkTask task, ModelDefinition model, ITokenCounter counter, Dictionary<string, PromptDefinition> prompts)
    {
        var cap = model.Parameters.MaxOutputTokens ?? options.DefaultMaxOutputTokens;
        var text = TextTokens(counter, task.TrialId);
        if (task.Pipeline == PipelineKind.Direct)
        {
            var direct = Prompt(prompts, task.DirectPromptKey!);
            return (RenderedTokens(counter, direct, task.TrialId), OutputTokens(options.DirectOutputRatio, text, cap), 1);
        }

        var extraction = Prompt(prompts, task.ExtractionPromptKey!);
        var mapping = Prompt(prompts, task.MappingPromptKey!);
        var entities = OutputTokens(options.ExtractionOutputRatio, text, cap);
        var input = RenderedTokens(counter, extraction, task.TrialId) + RenderedTokens(counter, mapping, task.TrialId) + entities;
        return (input, entities + OutputTokens(options.MappingOutputRatio, text, cap), 2);
    }

    private static long OutputTokens(double ratio, long textTokens, int cap) => Math.Min(cap, (long)Math.Ceiling(ratio * textTokens));

    private static PromptDefinition Prompt(Dictionary<string, PromptDefinition> prompts, string key) =>
        prompts.TryGetValue(key, out var prompt) ? prompt : throw new ArgumentException($"Task prompt '{key}' is not in the prompt library given.", nameof(prompts));

    private long TextTokens(ITokenCounter counter, string trialId)
    {
        if (!textTokens.TryGetValue((counter.Method, trialId), out var count))
        {
            count = counter.CountTokens(Text(trialId));
            textTokens[(counter.Method, trialId)] = count;
        }

        return count;
    }

    private long RenderedTokens(ITokenCounter counter, PromptDefinition prompt, string trialId)
    {
        if (!renderedTokens.TryGetValue((counter.Method, prompt.Key, trialId), out var count))
        {
            var text = Text(trialId);
            var rendered = new PromptTemplate(prompt.Template).Render(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [PromptTemplate.ClinicalText] = text,
                [PromptTemplate.TrialContext] = text,
                [PromptTemplate.EntitiesJson] = string.Empty,
            });
            count = counter.CountTokens(rendered);
            renderedTokens[(counter.Method, prompt.Key, trialId)] = count;
        }

        return count;
    }

    private string Text(string trialId)
    {
        if (!textCache.TryGetValue(trialId, out var text))
        {
            text = trialText(trialId) ?? throw new InvalidOperationException($"No text for trial '{trialId}'.");
            textCache[trialId] = text;
        }

        return text;
    }
}
