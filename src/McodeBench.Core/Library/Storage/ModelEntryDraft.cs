namespace McodeBench.Core.Library.Storage;

/// <summary>
/// One model entry as written in a file (or taken from an in-memory library), before validation: fields a reader
/// could not read are null (and were reported), numbers are kept as written so the validator can name bad ranges.
/// </summary>
/// <param name="Index">Position in <c>$.models</c>, for JSON paths.</param>
/// <param name="Pricing">Null when the entry has no <c>pricing</c> object.</param>
internal sealed record ModelEntryDraft(
    int Index,
    string? Key,
    string? Provider,
    string? Endpoint,
    string? ModelId,
    string? ApiKeyVariable,
    GenerationParameters Parameters,
    ModelPricing? Pricing,
    int? RequestsPerMinute,
    int MaxConcurrency,
    double TimeoutSeconds,
    IReadOnlyList<string> Tags,
    string? Tokenizer,
    string Description,
    bool IsDefault)
{
    public string PathOf(string field) => $"$.models[{Index}].{field}";
}
