namespace McodeBench.Core.Library;

/// <summary>
/// One model of the model library. The API key itself is never part of it: only the name of the environment variable
/// that holds it.
/// </summary>
/// <param name="Key">Unique key used on the command line and in run specs, e.g. <c>gpt-4o-mini</c>.</param>
/// <param name="Endpoint">Base URL (e.g. <c>https://api.openai.com/v1</c>); null for the rules baseline.</param>
/// <param name="ModelId">The provider's model identifier sent with each request.</param>
/// <param name="ApiKeyVariable">Name of the environment variable holding the API key; null when none is needed.</param>
/// <param name="Tokenizer">Tokenizer name for estimates (<c>o200k_base</c>, <c>cl100k_base</c>), or null for the approximation.</param>
public sealed record ModelDefinition(
    string Key,
    ProviderKind Provider,
    string? Endpoint,
    string ModelId,
    string? ApiKeyVariable,
    GenerationParameters Parameters,
    ModelPricing Pricing,
    int? RequestsPerMinute,
    int MaxConcurrency,
    TimeSpan Timeout,
    IReadOnlyList<string> Tags,
    string? Tokenizer = null,
    string Description = "")
{
    /// <summary>True when results of this model must be labelled simulated wherever they appear.</summary>
    public bool IsSimulated => Provider == ProviderKind.Simulator || Tags.Contains("simulated", StringComparer.OrdinalIgnoreCase);
}
