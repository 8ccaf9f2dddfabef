using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// The rules model and prompt library files share: the file's <c>"format"</c> and each entry's key. Each library
/// passes its own names ("model", <c>$.models</c>) so the messages speak of the file at hand.
/// </summary>
internal static class LibraryFileRules
{
    /// <param name="kind">"model" or "prompt".</param>
    /// <param name="otherKind">The other kind, whose format means the wrong file was passed.</param>
    public static void CheckFormat(JsonObjectReader reader, string format, string kind, string otherFormat, string otherKind, ICollection<Diagnostic> diagnostics)
    {
        var written = reader.String("format");
        if (written is null)
        {
            if (!reader.Has("format"))
            {
                diagnostics.Add(Diagnostic.Warning(reader.File, "$", $"The file has no \"format\" field; it is read as a {kind} library.", $"Add \"format\": \"{format}\" at the top."));
            }
        }
        else if (written != format)
        {
            var fix = written == otherFormat
                ? $"This is a {otherKind} library: load it as one, or pass the {kind} library file instead."
                : $"Set \"format\": \"{format}\" if this is a McodeBench {kind} library.";
            diagnostics.Add(Diagnostic.Error(reader.File, "$.format", $"Unexpected format \"{written}\"; a {kind} library has \"{format}\".", fix));
        }
    }

    /// <param name="keyPath">The JSON path of the entry's key.</param>
    /// <param name="entriesPath">The JSON path of the entry list (<c>$.models</c>), for naming the entry that has the key first.</param>
    /// <param name="duplicateFix">What to do about a key used twice, with an example that suits the kind.</param>
    public static void CheckKey(
        string? key, int index, string keyPath, string entriesPath, string duplicateFix, string file, Dictionary<string, int> firstIndexByKey, ICollection<Diagnostic> diagnostics)
    {
        if (key is null)
        {
            return;
        }

        if (!LibraryKey.IsValid(key))
        {
            diagnostics.Add(Diagnostic.Error(file, keyPath, $"Key '{key}' has characters a key may not have.", $"Keys use {LibraryKey.Rule}; e.g. '{LibraryKey.Sanitize(key)}'."));
        }

        if (!firstIndexByKey.TryAdd(key, index))
        {
            diagnostics.Add(Diagnostic.Error(file, keyPath, $"Key '{key}' is already used by {entriesPath}[{firstIndexByKey[key]}].", duplicateFix));
        }
    }
}
