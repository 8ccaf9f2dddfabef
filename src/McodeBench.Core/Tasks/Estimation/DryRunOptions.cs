namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// The assumptions of a dry-run estimate. Output tokens cannot be known before the call. They come, in this order,
/// from what the same prompts produced on the same model in earlier runs, from the size of the trial's gold answer
/// (an extraction lists the entities, a mapping codes them), or, for a trial without gold, from its text length;
/// always capped by the model's max output tokens. The per-entity figures were calibrated on the sample trials
/// (docs/tasks-and-runs.md, "How good the estimate is").
/// </summary>
/// <param name="ExtractionTokensPerEntity">Extraction output tokens per gold entity (one JSON object: text, type, section).</param>
/// <param name="MappingTokensPerMapping">Mapping output tokens per gold mapping (entity, element, code system, code, display).</param>
/// <param name="DirectTokensPerEntity">Direct output tokens per gold entity (the entity with its mapping in one object).</param>
/// <param name="CallOverheadTokens">Output tokens of a call beyond its entries (the JSON envelope).</param>
/// <param name="EntitiesJsonShare">
/// The share of the extraction's output tokens the mapping prompt receives as <c>{entities_json}</c> (the parsed
/// entities, re-serialised compactly, are shorter than the raw answer).
/// </param>
/// <param name="ExtractionOutputRatio">Without gold: extraction output tokens per trial-text token.</param>
/// <param name="MappingOutputRatio">Without gold: mapping output tokens per trial-text token.</param>
/// <param name="DirectOutputRatio">Without gold: direct output tokens per trial-text token.</param>
/// <param name="HistoryBand">Relative half-width of the range when the output comes from earlier runs.</param>
/// <param name="SizeBand">Relative half-width of the range when the output comes from the gold size or text length.</param>
/// <param name="DefaultMaxOutputTokens">Ceiling for models whose parameters set no max output tokens.</param>
/// <param name="CharactersPerToken">N of the ceil(chars / N) approximation.</param>
public sealed record DryRunOptions(
    double ExtractionTokensPerEntity = 78,
    double MappingTokensPerMapping = 49,
    double DirectTokensPerEntity = 78,
    double CallOverheadTokens = 0,
    double EntitiesJsonShare = 0.31,
    double ExtractionOutputRatio = 0.8,
    double MappingOutputRatio = 1.0,
    double DirectOutputRatio = 1.0,
    double HistoryBand = 0.15,
    double SizeBand = 0.3,
    int DefaultMaxOutputTokens = 4096,
    int CharactersPerToken = 4)
{
    public static DryRunOptions Default { get; } = new();
}
