namespace McodeBench.Tests.Support;

/// <summary>
/// The read-only reference data beside the repository (<c>../shared/reference</c>, or <c>MCODEBENCH_SHARED_DIR</c>),
/// absent on some machines: tests that need it call <see cref="Require"/> and are skipped with a message when it is missing.
/// </summary>
internal static class ReferenceData
{
    public static string Require(params string[] parts)
    {
        var shared = Environment.GetEnvironmentVariable("MCODEBENCH_SHARED_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "..", "shared");
        var path = Path.GetFullPath(Path.Combine([shared, "reference", .. parts]));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Reference data {path} is absent on this machine; set MCODEBENCH_SHARED_DIR to run this test.");
        }

        return path;
    }

    private static string RepositoryRoot()
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
