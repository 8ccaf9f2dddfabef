namespace McodeBench.Core.Tests.Support;

/// <summary>
/// Finds the repository root (the folder holding McodeBench.slnx) and the read-only reference data beside it
/// (<c>../shared/reference</c>), which is absent on some machines: tests that need it call
/// <see cref="RequireReference"/> and are skipped with a message when it is missing.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The shared reference folder, or null. <c>MCODEBENCH_SHARED_DIR</c> overrides the sibling <c>shared</c> folder.</summary>
    public static string? Reference
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable("MCODEBENCH_SHARED_DIR") is { Length: > 0 } configured
                ? configured
                : Path.Combine(RepositoryRoot, "..", "shared");
            var reference = Path.GetFullPath(Path.Combine(shared, "reference"));
            return Directory.Exists(reference) ? reference : null;
        }
    }

    /// <summary>The path of a file or folder under the shared reference data; skips the calling test when it is absent.</summary>
    public static string RequireReference(params string[] parts)
    {
        var reference = Reference;
        if (reference is null)
        {
            Assert.Skip("Reference data ../shared/reference is absent on this machine; set MCODEBENCH_SHARED_DIR to run this test.");
        }

        var path = Path.Combine([reference, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Reference data {path} is absent on this machine.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "McodeBench.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find McodeBench.slnx above " + AppContext.BaseDirectory);
    }
}
