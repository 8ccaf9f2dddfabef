namespace McodeBench.Core.Scoring.Files;

/// <summary>Tells brat input from JSON input by the path, so users can pass either without naming the format.</summary>
internal static class InputPaths
{
    public static InputPathKind KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.ann").Any() ? InputPathKind.BratFolder : InputPathKind.JsonFolder;
        }

        if (!File.Exists(path))
        {
            return InputPathKind.Missing;
        }

        var extension = Path.GetExtension(path);
        return extension.Equals(".ann", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? InputPathKind.BratDocument
            : InputPathKind.JsonFile;
    }

    /// <summary>The JSON files directly in a folder (not its subfolders), in name order.</summary>
    public static IReadOnlyList<string> JsonFilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(file => Path.GetExtension(file).ToLowerInvariant() is ".json" or ".ndjson" or ".jsonl")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The <c>.txt</c> and <c>.ann</c> paths of the brat document a <c>.ann</c> or <c>.txt</c> path names.</summary>
    public static (string Name, string Text, string Annotations) BratPair(string path)
    {
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(path);
        return (name, Path.Combine(folder, name + ".txt"), Path.Combine(folder, name + ".ann"));
    }

    /// <summary>The names of the brat documents in a folder (one per <c>.ann</c> or <c>.txt</c> file), in name order.</summary>
    public static IReadOnlyList<string> BratDocumentsIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.ann")
            .Concat(Directory.EnumerateFiles(folder, "*.txt"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
