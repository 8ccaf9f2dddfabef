namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// The assumptions of a dry-run estimate. Output tokens cannot be known before the call; they are estimated as a
/// share of the trial text's tokens, capped by the model's max output tokens.
/// </summary>
/// <param name="ExtractionOutputRatio">Extraction output tokens per trial-text token (an entity list is about as long as the text it cites).</param>
/// <param name="MappingOutputRatio">Mapping output tokens per trial-text token (mappings add element and code to each entity).</param>
/// <param name="DirectOutputRatio">Direct output tokens per trial-text token.</param>
/// <param name="DefaultMaxOutputTokens">Ceiling for models whose parameters set no max output tokens.</param>
/// <param name="CharactersPerToken">N of the ceil(chars / N) approximation.</param>
public sealed record DryRunOptions(
    double ExtractionOutputRatio = 0.8,
    double MappingOutputRatio = 1.0,
    double DirectOutputRatio = 1.0,
    int DefaultMaxOutputTokens = 4096,
    int CharactersPerToken = 4)
{
    public static DryRunOptions Default { get; } = new();
}
