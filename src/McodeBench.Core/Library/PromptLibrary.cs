using System.Diagnostics.CodeAnalysis;

namespace McodeBench.Core.Library;

/// <summary>
/// An immutable set of prompts, looked up by key, with at most one default per <see cref="PromptType"/>. Load one with
/// <c>PromptLibraryLoader</c>; the constructor only guards the invariants lookups depend on (unique keys, one default).
/// </summary>
public sealed class PromptLibrary
{
    private readonly KeyedEntries<PromptDefinition> entries;

    /// <param name="prompts">The prompts, in the order they should be listed.</param>
    /// <param name="version">The library's own version, maintained by its authors.</param>
    /// <param name="name">How messages refer to the library, usually its file path.</param>
    public PromptLibrary(IEnumerable<PromptDefinition> prompts, string version = "1.0.0", string name = "the prompt library")
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(name);
        entries = new KeyedEntries<PromptDefinition>(prompts, p => p.Key, "Prompt", name, nameof(prompts));
        Version = version;
        Name = name;

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

    public IReadOnlyList<PromptDefinition> Prompts => entries.All;

    public string Version { get; }

    public string Name { get; }

    public IReadOnlyList<string> Keys => entries.Keys;

    public int Count => Prompts.Count;

    public bool Contains(string key) => entries.Contains(key);

    public bool TryGet(string key, [NotNullWhen(true)] out PromptDefinition? prompt) => entries.TryGet(key, out prompt);

    /// <summary>The prompt with this key; an unknown key throws, listing the keys the user probably meant.</summary>
    public PromptDefinition Get(string key) => entries.Get(key);

    public IReadOnlyList<PromptDefinition> OfType(PromptType type) => Prompts.Where(p => p.Type == type).ToList();

    /// <summary>The prompt marked default for the type, or null when the library marks none.</summary>
    public PromptDefinition? DefaultFor(PromptType type) => Prompts.FirstOrDefault(p => p.Type == type && p.IsDefault);
}
