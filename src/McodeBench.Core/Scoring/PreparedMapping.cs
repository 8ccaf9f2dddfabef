using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring.Values;

namespace McodeBench.Core.Scoring;

/// <summary>
/// A mapping ready for alignment. A resolved element is known by its STU4 name and family; an unresolved one by its
/// normalised name, which is also its own family (so it only ever matches the same unresolved name).
/// </summary>
/// <param name="ElementName">The name reports show and breakdowns use: the STU4 name, or the name as written.</param>
/// <param name="CodeKey">Canonical system + "|" + upper-cased code, or null when not coded.</param>
/// <param name="ClinicalValue">The value's canonical clinical form (<see cref="ClinicalValueNormalizer"/>), or null when
/// it does not read as one or the options ask for <see cref="ValueComparison.Text"/>.</param>
internal sealed record PreparedMapping(
    int Index,
    Mapping Mapping,
    string ElementName,
    string ElementKey,
    string Family,
    NormalizedText Value,
    string? CodeKey,
    string? ClinicalValue)
{
    public static PreparedMapping Prepare(int index, Mapping mapping, McodeVocabulary vocabulary, ValueComparison comparison = ValueComparison.Clinical)
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
            coded ? CodeSystems.Canonicalize(mapping.Code!.System ?? string.Empty) + "|" + mapping.Code.Code.Trim().ToUpperInvariant() : null,
            element is not null && comparison == ValueComparison.Clinical ? ClinicalValueNormalizer.Canonical(element.Name, mapping.Value) : null);
    }
}
