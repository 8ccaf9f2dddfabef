using McodeBench.Core.Annotations;

namespace McodeBench.Core.Mcode;

/// <summary>
/// The mCODE STU4 vocabulary: elements with their aliases, families, bindings, and the enumerated codes of the value
/// sets where the reference data enumerates them. Loaded from the project's own generated data file.
/// </summary>
public sealed class McodeVocabulary
{
    private readonly Dictionary<string, McodeElement> elementsByName;
    private readonly Dictionary<string, HashSet<string>> codesByValueSet;

    public McodeVocabulary(IEnumerable<McodeElement> elements, IReadOnlyDictionary<string, IReadOnlyCollection<CodeRef>> enumeratedValueSets)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(enumeratedValueSets);
        Elements = elements.ToList();
        elementsByName = new Dictionary<string, McodeElement>(StringComparer.Ordinal);
        foreach (var element in Elements)
        {
            foreach (var name in element.Aliases.Append(element.Name).Append(element.Id))
            {
                elementsByName.TryAdd(NameKey(name), element);
            }
        }

        codesByValueSet = enumeratedValueSets.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(code => CodeKey(code.System, code.Code)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public IReadOnlyList<McodeElement> Elements { get; }

    /// <summary>The element a name or alias refers to (case, spaces, hyphens and underscores ignored), or null.</summary>
    public McodeElement? ResolveElement(string? name) =>
        name is not null && elementsByName.TryGetValue(NameKey(name), out var element) ? element : null;

    /// <summary>True when the value set's members are enumerated in the reference data.</summary>
    public bool IsEnumerated(string valueSetId) => codesByValueSet.ContainsKey(valueSetId);

    /// <summary>True when the value set is enumerated and contains the code.</summary>
    public bool Contains(string valueSetId, CodeRef code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return codesByValueSet.TryGetValue(valueSetId, out var codes) && codes.Contains(CodeKey(code.System, code.Code));
    }

    private static string NameKey(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string CodeKey(string system, string code) => CodeSystems.Canonicalize(system) + "|" + code.Trim();
}
