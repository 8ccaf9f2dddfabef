using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>
/// A mapping ready for alignment. A resolved element is known by its STU4 name and family; an unresolved one by its
/// normalised name, which is also its own family (so it only ever matches the same unresolved name).
/// </summary>
/// <param name="ElementName">The name reports show and breakdowns use: the STU4 name, or the name as written.</param>
/// <param name="CodeKey">Canonical system + "|" + upper-cased code, or null when not coded.</param>
internal sealed record PreparedMapping(
    int Index,
    Mapping Mapping,
    string ElementName,
    string ElementKey,
    string Family,
    NormalizedText Value,
    string? CodeKey)
{
    public static PreparedMapping Prepare(int index, Mapping mapping, McodeVocabulary vocabulary)
    {
        var element = vocabulary.ResolveElement(mapping.Element);
        var written = string.IsNullOrWhiteSpace(mapping.Element) ? "(no element)" : mapping.Element.Trim();
        var key = element?.Name ?? "unresolved:" + TextNormalizer.Normalize(written);
        var coded = mapping.Code is { Code: var code } && !string.IsNullOrWhiteSpace(code);
        return new PreparedMapping(
            index,
            mapping,
            element?.Name ?? written,
            key,
            element?.Family ?? key,
            TextNormalizer.NormalizeWithOffsets(mapping.Value),
            coded ? CodeSystems.Canonicalize(mapping.Code!.System ?? string.Empty) + "|" + mapping.Code.Code.Trim().ToUpperInvariant() : null);
    }
}
