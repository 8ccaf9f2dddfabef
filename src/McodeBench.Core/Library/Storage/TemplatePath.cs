namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Template paths are relative to the library file and must stay inside its folder, so a shared library can neither
/// read nor (when saved) overwrite files elsewhere on the machine.
/// </summary>
internal static class TemplatePath
{
    /// <summary>The stored form: forward slashes on every platform.</summary>
    public static string Normalize(string relative) => relative.Replace('\\', '/');

    public static string LibraryDirectory(string libraryFile) =>
        Path.GetDirectoryName(Path.GetFullPath(libraryFile)) ?? Directory.GetCurrentDirectory();

    /// <summary>The full path of the template, or null when the relative path is rooted or leaves the library folder.</summary>
    public static string? Resolve(string libraryFile, string relative)
    {
        var normalized = Normalize(relative);
        if (normalized.Length == 0 || Path.IsPathRooted(normalized) || normalized.Split('/').Any(part => part == ".."))
        {
            return null;
        }

        var directory = LibraryDirectory(libraryFile);
        var full = Path.GetFullPath(Path.Combine(directory, normalized));
        return full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The path to show in messages: the library's directory as the user wrote it, plus the template path.</summary>
    public static string ForDisplay(string libraryFile, string relative) =>
        Path.Combine(Path.GetDirectoryName(libraryFile) ?? string.Empty, Normalize(relative));
}
