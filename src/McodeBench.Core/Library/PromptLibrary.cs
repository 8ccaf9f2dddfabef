using System.Diagnostics.CodeAnalysis;

namespace McodeBench.Core.Library;

/// <summary>
/// An immutable set of prompts, looked up by key, with at most one default per <see cref="PromptType"/>. Load one with
/// <c>PromptLibraryLoader</c>; the constructor only guards the invariants lookups depend on (unique keys, one default).
/// </summary>
public sealed class PromptLibrary
{
    private readonly Dictionary<string, PromptDefinition> byKey;

    /// <param name="prompts">The prompts, in the order they should be listed.</param>
    /// <param name="version">The library's own version, maintained by its authors.</param>
    /// <param name="name">How messages refer to the library, usually its file path.</param>
    public PromptLibrary(IEnumerable<PromptDefinition> prompts, string version = "1.0.0", string name = "the prompt library")
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(name);
        Prompts = prompts.ToList();
        Version = version;
        Name = name;
        byKey = new Dictionary<string, PromptDefinition>(StringComparer.Ordinal);
        foreach (var prompt in Prompts)
        {
            if (!byKey.TryAdd(prompt.Key, prompt))
            {
                throw new ArgumentException($"Prompt key '{prompt.Key}' appears more than once in {name}; keys must be unique.", nameof(prompts));
            }
        }

        foreach (var group in Prompts.Where(p => p.IsDefault).GroupBy(p => p.Type))
        {
            if (group.Count() > 1)
            {
                throw new ArgumentException(
                    $"Prompts {string.Join(", ", group.Select(p => $"'{p.Key}'"))} are all marked default for {group.Key.ToWireName()} in {name}; mark one only.",
                    nameof(prompts));
            }
        }
    }

    public IReadOnlyList<PromptDefinition> Prompts { get; }

    public string Version { get; }

    public string Name { get; }

    public IReadOnlyList<string> Keys => Prompts.Select(p => p.Key).ToList();

    public int Count => Prompts.Count;

    public bool Contains(string key) => byKey.ContainsKey(key);

    public bool TryGet(string key, [NotNullWhen(true)] out PromptDefinition? prompt) => byKey.TryGetValue(key, out prompt);

    /// <summary>The prompt with this key; an unknown key throws, listing the keys the user probably meant.</summary>
    public PromptDefinition Get(string key) =>
        byKey.TryGetValue(key, out var prompt) ? prompt : throw new LibraryKeyNotFoundException(key, Name, Keys);

    public IReadOnlyList<PromptDefinition> OfType(PromptType type) => Prompts.Where(p => p.Type == type).ToList();

    /// <summary>The prompt marked default for the type, or null when the library marks none.</summary>
    public PromptDefinition? DefaultFor(PromptType type) => Prompts.FirstOrDefault(p => p.Type == type && p.IsDefault);
}
