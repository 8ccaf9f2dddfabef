namespace McodeBench.Core.Gold;

/// <summary>Lists the annotation types a brat corpus writes (the type of every T line), so a type map can be chosen by detection.</summary>
public static class BratTypeScanner
{
    /// <param name="paths">brat folders (their <c>.ann</c> files, not subfolders) or single <c>.ann</c>/<c>.txt</c> paths; others are ignored.</param>
    public static IReadOnlySet<string> TypesIn(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in paths.SelectMany(AnnotationFiles))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith('T') && line.Split('\t') is [_, var typeAndSpans, ..] && typeAndSpans.Split(' ')[0] is { Length: > 0 } type)
                {
                    types.Add(type);
                }
            }
        }

        return types;
    }

    private static IEnumerable<string> AnnotationFiles(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.ann");
        }

        var annotations = Path.ChangeExtension(path, ".ann");
        return File.Exists(annotations) && Path.GetExtension(path).ToLowerInvariant() is ".ann" or ".txt" ? [annotations] : [];
    }
}
