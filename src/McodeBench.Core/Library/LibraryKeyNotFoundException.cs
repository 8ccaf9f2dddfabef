using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library;

/// <summary>A prompt or model key that the library does not hold; the message lists the keys the user probably meant.</summary>
public sealed class LibraryKeyNotFoundException : KeyNotFoundException
{
    public LibraryKeyNotFoundException(string key, string libraryName, IReadOnlyList<string> knownKeys)
        : base(BuildMessage(key, libraryName, knownKeys))
    {
        Key = key;
        Suggestions = ClosestNames.Find(key, knownKeys);
    }

    public LibraryKeyNotFoundException()
        : this(string.Empty, "library", [])
    {
    }

    public LibraryKeyNotFoundException(string message)
        : base(message)
    {
        Key = string.Empty;
        Suggestions = [];
    }

    public LibraryKeyNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
        Suggestions = [];
    }

    public string Key { get; }

    /// <summary>Known keys close to <see cref="Key"/>, nearest first.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string key, string libraryName, IReadOnlyList<string> knownKeys)
    {
        var close = ClosestNames.Find(key, knownKeys);
        var hint = close.Count > 0
            ? $" Close matches: {string.Join(", ", close)}."
            : knownKeys.Count == 0
                ? " The library is empty."
                : $" Known keys: {string.Join(", ", knownKeys.Take(20))}{(knownKeys.Count > 20 ? ", …" : string.Empty)}.";
        return $"No entry with key '{key}' in {libraryName}.{hint}";
    }
}
