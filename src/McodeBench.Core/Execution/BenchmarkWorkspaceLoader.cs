using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Execution;

/// <summary>
/// Loads libraries, trials and gold into a <see cref="BenchmarkWorkspace"/>, collecting every problem rather than
/// stopping at the first, and validates each gold span against its trial's text.
/// </summary>
public static class BenchmarkWorkspaceLoader
{
    public static Task<WorkspaceLoadResult> LoadAsync(WorkspacePaths paths, CancellationToken cancellationToken = default) =>
        LoadAsync(paths, WorkspaceLoadOptions.Default, cancellationToken);

    public static async Task<WorkspaceLoadResult> LoadAsync(WorkspacePaths paths, WorkspaceLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();

        var prompts = PromptLibraryLoader.Load(paths.PromptLibrary);
        diagnostics.AddRange(prompts.Diagnostics);
        var models = ModelLibraryLoader.Load(paths.ModelLibrary);
        diagnostics.AddRange(models.Diagnostics);

        var trials = new Dictionary<string, Trial>(StringComparer.Ordinal);
        foreach (var file in ExpandFiles(paths.Trials, diagnostics, "trials"))
        {
            if (TooLarge(file, options) is { } tooLarge)
            {
                diagnostics.Add(tooLarge);
                continue;
            }

            var loaded = await CtGovStudyReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(loaded.Diagnostics);
            foreach (var trial in loaded.Trials)
            {
                if (!trials.TryAdd(trial.Id, trial))
                {
                    diagnostics.Add(Diagnostic.Warning(file, "$", $"Trial {trial.Id} is loaded twice; the first copy is kept.", "Remove the duplicate record."));
                }
            }
        }

        var goldFiles = ExpandFiles(paths.Gold, diagnostics, "gold");
        var gold = await GoldStandardReader.ReadFilesAsync(goldFiles, cancellationToken).ConfigureAwait(false);
        diagnostics.AddRange(gold.Diagnostics);
        diagnostics.AddRange(GoldValidator.Validate(gold, trials.Values));

        if (diagnostics.Any(d => d.IsError) || prompts.Library is null || models.Library is null)
        {
            return new WorkspaceLoadResult(null, diagnostics);
        }

        var workspace = new BenchmarkWorkspace(
            prompts.Library,
            models.Library,
            trials,
            gold.Standards.ToDictionary(g => g.TrialId, StringComparer.Ordinal),
            new ScoringOptions(McodeVocabularyLoader.Default) { ValueComparison = options.ValueComparison },
            SectionNames.BenchmarkDefault);
        return new WorkspaceLoadResult(workspace, diagnostics);
    }

    /// <summary>An error naming the file and the setting when a trial file is over the limit (it would be read whole into memory).</summary>
    public static Diagnostic? TooLarge(string file, WorkspaceLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var length = new FileInfo(file).Length;
        if (length <= options.MaxTrialFileBytes)
        {
            return null;
        }

        var megabytes = (length / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return Diagnostic.Error(
            file,
            string.Empty,
            $"the trial file is {megabytes} MB, over the {options.MaxTrialFileMb.ToString(System.Globalization.CultureInfo.InvariantCulture)} MB limit ({WorkspaceLoadOptions.MaxTrialFileMbSetting}); it was not read.",
            $"Check that this is a CT.gov record (one is tens of kilobytes); split a large export into one file per trial, or raise {WorkspaceLoadOptions.MaxTrialFileMbSetting} (appsettings.json or MCODEBENCH_{WorkspaceLoadOptions.MaxTrialFileMbSetting.ToUpperInvariant()}).");
    }

    private static List<string> ExpandFiles(IEnumerable<string> paths, List<Diagnostic> diagnostics, string what)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(path, string.Empty, $"The {what} path does not exist.", $"Check the path, or pass another {what} file or folder."));
            }
        }

        return files;
    }
}
