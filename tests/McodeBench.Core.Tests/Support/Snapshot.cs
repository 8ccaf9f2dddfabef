namespace McodeBench.Core.Tests.Support;

/// <summary>
/// Compares a text with a committed snapshot under <c>tests/McodeBench.Core.Tests/Snapshots/</c>. Snapshots pin
/// outputs that optimisations must not change; set <c>MCODEBENCH_UPDATE_SNAPSHOTS=1</c> to (re)write them, and only
/// when an output change is intended and reviewed.
/// </summary>
public static class Snapshot
{
    public static string Folder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "McodeBench.Core.Tests", "Snapshots");

    public static void Matches(string relativePath, string actual)
    {
        var path = Path.Combine(Folder, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("MCODEBENCH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {path} is missing; run the tests once with MCODEBENCH_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(string.Equals(expected, actual, StringComparison.Ordinal), $"Output differs from snapshot {path}:\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (!string.Equals(e, a, StringComparison.Ordinal))
            {
                return $"line {i + 1}: expected «{e}», actual «{a}»";
            }
        }

        return "(no line differs)";
    }
}
