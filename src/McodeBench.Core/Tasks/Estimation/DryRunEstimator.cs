using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// Estimates a run before it runs, from the matrix's dimensions: every (model, prompt combination, trial) cell is
/// estimated once and multiplied by the repeats, so a spec of a hundred million tasks costs the same to estimate as
/// one of a hundred, and no task is built. Per cell:
/// <list type="bullet">
/// <item>Input tokens: the prompt rendered with the trial's text (as <c>{clinical_text}</c> and, lacking a better one,
/// as <c>{trial_context}</c>), counted with the model's tokenizer (its library <c>tokenizer</c>, else its model id when
/// it is a known OpenAI model) or ceil(chars / 4).</item>
/// <item>Output tokens (<see cref="DryRunOptions"/>): what this prompt combination produced on this model for this
/// trial in earlier runs; else its earlier output on other trials scaled by the trials' gold size; else the gold size
/// rule; else a share of the trial text. Capped by the model's max output tokens per call.</item>
/// <item>Two-step: two calls. The mapping prompt's <c>{entities_json}</c> is the extraction's parsed output: rendered
/// empty, then <see cref="DryRunOptions.EntitiesJsonShare"/> of the extraction's estimated output added.</item>
/// <item>The rules baseline counts its calls and tokens; its cost is 0.</item>
/// </list>
/// </summary>
public sealed class DryRunEstimator
{
    private readonly Func<string, string> trialText;
    private readonly Func<string, GoldStandard?> gold;
    private readonly DryRunOptions options;
    private readonly Dictionary<string, ITokenCounter> counters = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Counter, string Prompt, string Trial), long> renderedTokens = [];
    private readonly Dictionary<(string Counter, string Trial), long> textTokens = [];
    private readonly Dictionary<string, string> textCache = new(StringComparer.Ordinal);

    /// <param name="trialText">The assembled text of a trial, by trial id (the same text the pipeline sends).</param>
    /// <param name="gold">The trial's gold standard, or null when it has none (then its text length is the size).</param>
    public DryRunEstimator(Func<string, string> trialText, Func<string, GoldStandard?>? gold = null, DryRunOptions? options = null)
    {
        this.trialText = trialText ?? throw new ArgumentNullException(nameof(trialText));
        this.gold = gold ?? (_ => null);
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

    /// <summary>The estimate for the run <paramref name="spec"/> makes of the selection <paramref name="run"/>.</summary>
    /// <param name="history">Output of earlier runs; null or empty to estimate from sizes only.</param>
    /// <param name="estimatedUtc">When the estimate is made, from the caller's clock.</param>
    /// <param name="cancellationToken">Stops a large estimate when whoever asked has gone away.</param>
    public DryRunEstimate Estimate(RunSpec spec, ResolvedRun run, OutputHistory? history, DateTime estimatedUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(run);
        history ??= OutputHistory.Empty;
        var combinations = MatrixExpansion.PromptCombinations(spec.Pipeline, run.Prompts);
        var promptsByKey = run.Prompts.ToDictionary(p => p.Key, StringComparer.OrdinalIgnoreCase);
        var repeats = Math.Max(0L, spec.Repeats);
        var perModel = new List<ModelDryRunEstimate>();
        foreach (var model in run.Models.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var counter = CounterFor(model);
            var cap = model.Parameters.MaxOutputTokens ?? options.DefaultMaxOutputTokens;
            var cells = new CellTotals();
            foreach (var combination in combinations)
            {
                var samples = history.For(model.Key, string.Join("+", combination));
                var scale = HistoryScale(spec.Pipeline, samples, counter);
                foreach (var trialId in run.TrialIds)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    cells.Add(EstimateCell(spec.Pipeline, combination, trialId, counter, cap, promptsByKey, samples, scale));
                }
            }

            var free = model.Provider == ProviderKind.RulesBaseline || model.Pricing is { InputPerMillion: 0m, OutputPerMillion: 0m };
            var input = cells.Input * repeats;
            var output = (long)Math.Ceiling(cells.Output * repeats);
            var low = (long)Math.Floor(cells.Low * repeats);
            var high = (long)Math.Ceiling(cells.High * repeats);
            decimal Cost(long outputTokens) => model.Provider == ProviderKind.RulesBaseline ? 0m : model.Pricing.Cost(input, outputTokens);
            var tasks = repeats * run.TrialIds.Count * combinations.Count;
            perModel.Add(new ModelDryRunEstimate(
                model.Key, counter.Method, counter.IsExact, free, tasks, tasks * (spec.Pipeline == PipelineKind.TwoStep ? 2 : 1),
                input, output, low, high, Cost(output), Cost(low), Cost(high), cells.Basis()));
        }

        return new DryRunEstimate(
            perModel.Sum(m => m.Tasks),
            perModel.Sum(m => m.LlmCalls),
            perModel.Sum(m => m.InputTokens),
            perModel.Sum(m => m.OutputTokens),
            perModel.Sum(m => m.OutputTokensLow),
            perModel.Sum(m => m.OutputTokensHigh),
            perModel.Sum(m => m.Cost),
            perModel.Sum(m => m.CostLow),
            perModel.Sum(m => m.CostHigh),
            perModel,
            estimatedUtc);
    }

    private Cell EstimateCell(
        PipelineKind pipeline,
        IReadOnlyList<string> combination,
        string trialId,
        ITokenCounter counter,
        int cap,
        Dictionary<string, PromptDefinition> prompts,
        IReadOnlyDictionary<string, OutputSample> samples,
        double? scale)
    {
        var (extractionSize, mappingSize, fromGold) = SizeRule(pipeline, trialId, counter);
        var sizeTotal = extractionSize + mappingSize;
        double total;
        double band;
        OutputSource source;
        if (samples.TryGetValue(trialId, out var sample))
        {
            (total, band, source) = (sample.MeanOutputTokens, options.HistoryBand, OutputSource.History);
        }
        else if (scale is double ratio)
        {
            (total, band, source) = (ratio * sizeTotal, options.HistoryBand, OutputSource.History);
        }
        else
        {
            (total, band, source) = (sizeTotal, options.SizeBand, fromGold ? OutputSource.Gold : OutputSource.Text);
        }

        if (pipeline == PipelineKind.Direct)
        {
            var direct = Math.Min(cap, total);
            return new Cell(RenderedTokens(counter, Prompt(prompts, combination[0]), trialId), direct, band, source);
        }

        // The two calls share the total as the size rule divides it; each is capped on its own.
        var extractionShare = sizeTotal <= 0 ? 0.5 : extractionSize / sizeTotal;
        var entities = Math.Min(cap, total * extractionShare);
        var mapping = Math.Min(cap, total * (1 - extractionShare));
        var input = RenderedTokens(counter, Prompt(prompts, combination[0]), trialId)
            + RenderedTokens(counter, Prompt(prompts, combination[1]), trialId)
            + (long)Math.Ceiling(entities * options.EntitiesJsonShare);
        return new Cell(input, entities + mapping, band, source);
    }

    /// <summary>
    /// The size rule's output for a task on this trial, split into the extraction's and the mapping's (all of it is
    /// "extraction" for a direct task, which writes both in one answer), and whether the gold gave it.
    /// </summary>
    private (double Extraction, double Mapping, bool FromGold) SizeRule(PipelineKind pipeline, string trialId, ITokenCounter counter)
    {
        if (gold(trialId) is { } standard)
        {
            if (pipeline == PipelineKind.Direct)
            {
                return (options.CallOverheadTokens + options.DirectTokensPerEntity * standard.Entities.Count, 0, true);
            }

            var extraction = options.CallOverheadTokens + options.ExtractionTokensPerEntity * standard.Entities.Count;
            var mapping = options.CallOverheadTokens + options.MappingTokensPerMapping * standard.Mappings.Count;
            return (extraction, mapping, true);
        }

        var text = TextTokens(counter, trialId);
        return pipeline == PipelineKind.Direct
            ? (options.DirectOutputRatio * text, 0, false)
            : (options.ExtractionOutputRatio * text, options.MappingOutputRatio * text, false);
    }

    /// <summary>
    /// How much more (or less) this combination wrote in earlier runs than the size rule expects, over the trials it
    /// ran on; null when it never ran. Applied to trials it has not run on yet.
    /// </summary>
    private double? HistoryScale(PipelineKind pipeline, IReadOnlyDictionary<string, OutputSample> samples, ITokenCounter counter)
    {
        double produced = 0, expected = 0;
        foreach (var sample in samples.Values)
        {
            if (!CanSize(sample.TrialId))
            {
                continue;
            }

            var (extraction, mapping, _) = SizeRule(pipeline, sample.TrialId, counter);
            produced += sample.MeanOutputTokens;
            expected += extraction + mapping;
        }

        return expected > 0 ? produced / expected : null;
    }

    // A sample of a trial no longer loaded cannot be sized against the rule; it still counts for its own trial.
    private bool CanSize(string trialId)
    {
        if (gold(trialId) is not null || textCache.ContainsKey(trialId))
        {
            return true;
        }

        try
        {
            _ = Text(trialId);
            return true;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

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

    private enum OutputSource
    {
        History,
        Gold,
        Text,
    }

    private readonly record struct Cell(long Input, double Output, double Band, OutputSource Source);

    /// <summary>The sums over a model's cells for one repeat, and where their output estimates came from.</summary>
    private sealed class CellTotals
    {
        private readonly Dictionary<OutputSource, int> sources = [];

        public long Input { get; private set; }

        public double Output { get; private set; }

        public double Low { get; private set; }

        public double High { get; private set; }

        public void Add(Cell cell)
        {
            Input += cell.Input;
            Output += cell.Output;
            Low += cell.Output * (1 - cell.Band);
            High += cell.Output * (1 + cell.Band);
            sources[cell.Source] = sources.GetValueOrDefault(cell.Source) + 1;
        }

        public string Basis()
        {
            var total = sources.Values.Sum();
            string Part(OutputSource source, string words) => sources.GetValueOrDefault(source) is var n && n > 0
                ? (n == total ? words : $"{words} ({n} of {total} trial cells)")
                : string.Empty;
            var parts = new[]
            {
                Part(OutputSource.History, "earlier runs of these prompts on this model"),
                Part(OutputSource.Gold, "gold answer size"),
                Part(OutputSource.Text, "trial text length"),
            }.Where(p => p.Length > 0);
            return total == 0 ? "nothing to estimate" : string.Join("; ", parts);
        }
    }
}
