namespace McodeBench.Bench.Sessions;

/// <summary>The repository the harness runs from (the folder holding McodeBench.slnx), for the samples and the results folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Samples => System.IO.Path.Combine(Path, "samples");

    public static string Results => System.IO.Path.Combine(Path, "bench", "results");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = start; folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
            {
                if (File.Exists(System.IO.Path.Combine(folder, "McodeBench.slnx")))
                {
                    return folder;
                }
            }
        }

        throw new InvalidOperationException("Run the harness from inside the repository: McodeBench.slnx was not found above the current folder or the binaries.");
    }
}
