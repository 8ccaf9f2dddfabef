using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library.Storage;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>
/// The library key a predecessor model or prompt is imported under: its name made a valid key, then made unique with
/// a "-2", "-3", ... suffix. Each change is reported at the entry's "name", so the user can rename it after importing.
/// </summary>
internal static class ImportedKey
{
    /// <param name="noun">"Model" or "Prompt", as the messages name the entry.</param>
    /// <param name="isTaken">True for a key an earlier entry of the same import already has.</param>
    public static string For(string name, string noun, Func<string, bool> isTaken, JsonObjectReader entry, ICollection<Diagnostic> diagnostics)
    {
        var key = LibraryKey.IsValid(name) ? name : LibraryKey.Sanitize(name);
        if (key != name)
        {
            diagnostics.Add(Diagnostic.Info(entry.File, entry.PathOf("name"), $"{noun} name '{name}' is imported under the key '{key}' ({LibraryKey.Rule})."));
        }

        var unique = key;
        for (var n = 2; isTaken(unique); n++)
        {
            unique = $"{key}-{n}";
        }

        if (unique != key)
        {
            diagnostics.Add(Diagnostic.Warning(entry.File, entry.PathOf("name"), $"{noun} name '{name}' appears more than once; this one is imported as '{unique}'.", "Rename it after importing if another key suits better."));
        }

        return unique;
    }
}
