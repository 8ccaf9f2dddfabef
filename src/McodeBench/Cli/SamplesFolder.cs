namespace McodeBench.Cli;

/// <summary>The samples bundled next to the binary (copied there by the build), used when no workspace is given.</summary>
internal static class SamplesFolder
{
    public static string Default => Path.Combine(AppContext.BaseDirectory, "samples");
}
