using McodeBench.Core.Mcode;

namespace McodeBench.Core.Statistics.Stability;

/// <summary>
/// Normalised types, element names and texts, each computed once per distinct raw string: a run repeats the same few
/// types and elements thousands of times, and text normalisation (ICU NFKC) is the costly part of stability.
/// </summary>
internal sealed class KeyCache(IEntityTypeNormalizer types, McodeVocabulary vocabulary)
{
    private readonly Dictionary<string, string> typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> elementNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public string Type(string? raw) => Lookup(typeNames, raw ?? string.Empty, types.Normalize);

    public string Element(string? raw) => Lookup(elementNames, raw ?? string.Empty, name =>
        vocabulary.ResolveElement(name)?.Name ?? (string.IsNullOrWhiteSpace(name) ? "(no element)" : name.Trim()));

    public string Text(string raw) => Lookup(texts, raw, TextNormalizer.Normalize);

    private static string Lookup(Dictionary<string, string> cache, string raw, Func<string, string> compute)
    {
        if (!cache.TryGetValue(raw, out var value))
        {
            cache[raw] = value = compute(raw);
        }

        return value;
    }
}
