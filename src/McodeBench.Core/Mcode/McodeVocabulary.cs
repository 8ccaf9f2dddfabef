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
    private readonly Dictionary<string, HashSet<string>> openSystemsByValueSet;

    /// <param name="elements">The elements, each resolvable by name, id and alias.</param>
    /// <param name="enumeratedValueSets">The enumerated members of value sets, by value-set id.</param>
    /// <param name="openSystems">
    /// For value sets only partly enumerated: the code systems whose members are defined by rules (e.g. SNOMED CT
    /// descendants of a concept) and therefore not all listed. Null or absent means the enumeration is complete.
    /// </param>
    public McodeVocabulary(
        IEnumerable<McodeElement> elements,
        IReadOnlyDictionary<string, IReadOnlyCollection<CodeRef>> enumeratedValueSets,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? openSystems = null)
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
        openSystemsByValueSet = (openSystems ?? new Dictionary<string, IReadOnlyCollection<string>>()).ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(CodeSystems.Canonicalize).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public IReadOnlyList<McodeElement> Elements { get; }

    /// <summary>The element a name or alias refers to (case, spaces, hyphens and underscores ignored), or null.</summary>
    public McodeElement? ResolveElement(string? name) =>
        name is not null && elementsByName.TryGetValue(NameKey(name), out var element) ? element : null;

    /// <summary>
    /// True when the value set's members are enumerated in the reference data, all of them: a code missing from the
    /// enumeration is then not a member. A partly enumerated value set (see <see cref="IsEnumeratedFor"/>) is not.
    /// </summary>
    public bool IsEnumerated(string valueSetId) =>
        codesByValueSet.ContainsKey(valueSetId)
        && (!openSystemsByValueSet.TryGetValue(valueSetId, out var open) || open.Count == 0);

    /// <summary>
    /// True when every member of the value set in <paramref name="system"/> is enumerated, so <see cref="Contains"/>
    /// decides membership for codes of that system (e.g. the ICD-10-CM part of the primary cancer disorders, whose
    /// SNOMED CT part is defined by a rule).
    /// </summary>
    public bool IsEnumeratedFor(string valueSetId, string system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return codesByValueSet.ContainsKey(valueSetId)
            && !(openSystemsByValueSet.TryGetValue(valueSetId, out var open) && open.Contains(CodeSystems.Canonicalize(system)));
    }

    /// <summary>True when the value set is enumerated and the enumeration lists the code.</summary>
    public bool Contains(string valueSetId, CodeRef code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return codesByValueSet.TryGetValue(valueSetId, out var codes) && codes.Contains(CodeKey(code.System, code.Code));
    }

    private static string NameKey(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string CodeKey(string system, string code) => CodeSystems.Canonicalize(system) + "|" + code.Trim();
}
