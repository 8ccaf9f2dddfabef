namespace McodeBench.Configuration;

/// <summary>
/// The configuration keys of the host (docs/configuration.md). The same names are used in <c>appsettings.json</c>,
/// after the <c>MCODEBENCH_</c> prefix of environment variables (case-insensitive), and in <c>config show</c>.
/// </summary>
public static class SettingNames
{
    public const string EnvironmentPrefix = "MCODEBENCH_";

    /// <summary>The short environment variable <c>MCODEBENCH_DB</c>, read as <see cref="Database"/>.</summary>
    public const string DatabaseShortName = "DB";

    public const string DataDir = "DataDir";
    public const string Database = "Database";
    public const string CacheMemoryMb = "CacheMemoryMb";
    public const string MaxTasksPerRun = McodeBench.Core.Tasks.Admission.RunAdmission.MaxTasksPerRunSetting;
    public const string PromptLibrary = "PromptLibrary";
    public const string ModelLibrary = "ModelLibrary";
    public const string Trials = "Trials";
    public const string Gold = "Gold";
    public const string AgreementGold = "AgreementGold";
    public const string ValueComparison = "ValueComparison";
    public const string MaxTrialFileMb = McodeBench.Core.Execution.WorkspaceLoadOptions.MaxTrialFileMbSetting;
    public const string LogLevel = "LogLevel";
    public const string LogFile = "LogFile";
    public const string LogToConsole = "LogToConsole";
    public const string WebPort = "WebPort";
    public const string AccessToken = "AccessToken";

    /// <summary>The section of the statistics layer's settings (docs/statistics.md); its keys follow.</summary>
    public const string StatisticsSection = "Statistics";
    public const string StatisticsResamples = "Statistics:Resamples";
    public const string StatisticsShuffles = "Statistics:Shuffles";
    public const string StatisticsAlpha = "Statistics:Alpha";
    public const string StatisticsSeed = "Statistics:Seed";

    /// <summary>Every key, in the order <c>config show</c> lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [DataDir, Database, CacheMemoryMb, MaxTasksPerRun, PromptLibrary, ModelLibrary, Trials, Gold, AgreementGold, ValueComparison, MaxTrialFileMb, LogLevel, LogFile, LogToConsole, WebPort, AccessToken,
            StatisticsResamples, StatisticsShuffles, StatisticsAlpha, StatisticsSeed];

    /// <summary>Top-level keys that are sections holding settings (<c>Statistics</c>), not settings themselves.</summary>
    public static IReadOnlyList<string> Sections { get; } = [StatisticsSection];

    /// <summary>Keys that hold a list of paths (a JSON array, indexed keys <c>Trials:0</c>, or one string with <c>;</c> between paths).</summary>
    public static IReadOnlyList<string> Lists { get; } = [Trials, Gold, AgreementGold];

    /// <summary>The known key spelled as the user spelled it in any case, or null.</summary>
    public static string? Find(string key) => All.FirstOrDefault(name => string.Equals(name, key, StringComparison.OrdinalIgnoreCase));
}
