using McodeBench.Configuration;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Where the configured libraries, trials and gold standards live. Null from <see cref="From"/> when the tracker runs
/// without a configuration (tests, embedded hosts): the page then shows the engine's workspace read-only.
/// </summary>
public sealed record LibraryFiles(string PromptLibrary, string ModelLibrary, IReadOnlyList<string> TrialFolders, IReadOnlyList<string> GoldFolders)
{
    public static LibraryFiles? From(McodeBenchOptions? options) =>
        options is null ? null : new(options.PromptLibrary, options.ModelLibrary, options.Trials, options.Gold);

    /// <summary>The folder uploads of this kind are saved into (the first configured one that is a folder), or null.</summary>
    public static string? FolderFor(IReadOnlyList<string> configured) =>
        configured.FirstOrDefault(p => Directory.Exists(p) || !Path.HasExtension(p));
}
