using System.Diagnostics.CodeAnalysis;

namespace McodeBench.Core.Library;

/// <summary>
/// An immutable set of models, looked up by key, with an optional default model. Load one with
/// <c>ModelLibraryLoader</c>; the constructor only guards the invariants lookups depend on.
/// </summary>
public sealed class ModelLibrary
{
    private readonly KeyedEntries<ModelDefinition> entries;

    /// <param name="models">The models, in the order they should be listed.</param>
    /// <param name="defaultKey">Key of the model used when a run names none, or null.</param>
    /// <param name="version">The library's own version, maintained by its authors.</param>
    /// <param name="name">How messages refer to the library, usually its file path.</param>
    public ModelLibrary(IEnumerable<ModelDefinition> models, string? defaultKey = null, string version = "1", string name = "the model library")
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(name);
        entries = new KeyedEntries<ModelDefinition>(models, m => m.Key, "Model", name, nameof(models));
        Version = version;
        Name = name;
        if (defaultKey is not null && !entries.Contains(defaultKey))
        {
            throw new ArgumentException($"The default model '{defaultKey}' is not in {name}.", nameof(defaultKey));
        }

        DefaultKey = defaultKey;
    }

    public IReadOnlyList<ModelDefinition> Models => entries.All;

    public string Version { get; }

    public string Name { get; }

    public string? DefaultKey { get; }

    /// <summary>The model used when a run names none, or null when the library marks none.</summary>
    public ModelDefinition? Default => DefaultKey is null ? null : entries.Get(DefaultKey);

    public IReadOnlyList<string> Keys => entries.Keys;

    public int Count => Models.Count;

    public bool Contains(string key) => entries.Contains(key);

    public bool TryGet(string key, [NotNullWhen(true)] out ModelDefinition? model) => entries.TryGet(key, out model);

    /// <summary>
    /// True when the model with this key is simulated (<see cref="ModelDefinition.IsSimulated"/>); false for real
    /// models and for keys no longer in the library (a stored run may name a model since removed).
    /// </summary>
    public bool IsSimulated(string key) => entries.TryGet(key, out var model) && model.IsSimulated;

    /// <summary>The model with this key; an unknown key throws, listing the keys the user probably meant.</summary>
    public ModelDefinition Get(string key) => entries.Get(key);
}
