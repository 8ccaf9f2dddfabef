using System.Diagnostics.CodeAnalysis;

namespace McodeBench.Core.Library;

/// <summary>
/// The entries of a library indexed by key: what the prompt and model libraries share. Keys are unique (a duplicate
/// is refused naming it and the library), and an unknown key throws listing the keys the user probably meant.
/// </summary>
internal sealed class KeyedEntries<T>
    where T : class
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);
    private readonly string libraryName;

    /// <param name="noun">How messages name one entry, capitalised ("Model", "Prompt").</param>
    public KeyedEntries(IEnumerable<T> entries, Func<T, string> keyOf, string noun, string libraryName, string parameterName)
    {
        this.libraryName = libraryName;
        All = entries.ToList();
        foreach (var entry in All)
        {
            if (!byKey.TryAdd(keyOf(entry), entry))
            {
                throw new ArgumentException($"{noun} key '{keyOf(entry)}' appears more than once in {libraryName}; keys must be unique.", parameterName);
            }
        }

        Keys = All.Select(keyOf).ToList();
    }

    public IReadOnlyList<T> All { get; }

    public IReadOnlyList<string> Keys { get; }

    public bool Contains(string key) => byKey.ContainsKey(key);

    public bool TryGet(string key, [NotNullWhen(true)] out T? entry) => byKey.TryGetValue(key, out entry);

    public T Get(string key) =>
        byKey.TryGetValue(key, out var entry) ? entry : throw new LibraryKeyNotFoundException(key, libraryName, Keys);
}
