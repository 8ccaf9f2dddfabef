using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>
/// Builds the diagnostics of a run spec: always errors (a spec with one cannot run), placed by the snake_case field
/// path (e.g. <c>prompt_keys[1]</c>) because a spec built in memory has no file.
/// </summary>
internal static class RunSpecProblem
{
    public static Diagnostic At(string path, string message, string fix = "") => Diagnostic.Error(string.Empty, path, message, fix);
}
