using McodeBench.Core.Execution;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Engine.Persistence;
using Microsoft.Extensions.Logging;

namespace McodeBench.Configuration;

/// <summary>
/// The host's effective settings, bound from appsettings.json, <c>MCODEBENCH_</c> environment variables and
/// command-line options (in that order of precedence) by <see cref="McodeBenchConfiguration"/>. Every path is absolute.
/// Keys and defaults: docs/configuration.md.
/// </summary>
public sealed record McodeBenchOptions
{
    public const string DefaultDataDir = "./.mcodebench";
    public const int DefaultWebPort = 5080;
    public const string DatabaseFileName = "mcodebench.db";
    public const int DefaultCacheMemoryMb = DatabaseOptions.DefaultResponseCacheMemoryMb;

    /// <summary>The largest <see cref="CacheMemoryMb"/> accepted (64 GB): a bound, not a target.</summary>
    public const int MaxCacheMemoryMb = 65_536;

    /// <summary>The largest <see cref="MaxTasksPerRun"/> accepted (a billion): a bound, not a target.</summary>
    public const long MaxMaxTasksPerRun = 1_000_000_000;

    /// <summary>The range accepted for <c>Statistics:Resamples</c> (StatisticsOptions refuses fewer than 100).</summary>
    public const int MinResamples = 100;
    public const int MaxResamples = 1_000_000;

    /// <summary>The range accepted for <c>Statistics:Shuffles</c> (StatisticsOptions refuses fewer than 99).</summary>
    public const int MinShuffles = 99;
    public const int MaxShuffles = 10_000_000;

    /// <summary>Where the host keeps its database, response cache and logs.</summary>
    public required string DataDir { get; init; }

    /// <summary>A database connection string as configured (PostgreSQL); empty means the SQLite file <see cref="DatabaseFile"/>.</summary>
    public string Database { get; init; } = string.Empty;

    /// <summary>
    /// Megabytes of recently used model answers the engine keeps in memory in front of the database response cache
    /// (compressed); 0 turns that memory front off. Maps to <c>DatabaseOptions.ResponseCacheMemoryBytes</c>.
    /// </summary>
    public int CacheMemoryMb { get; init; } = DefaultCacheMemoryMb;

    /// <summary>
    /// The most tasks one run may make; a larger spec is refused before anything is stored or estimated task by task
    /// (CLI exit 2, API 400, naming this setting). Maps to <c>EngineOptions.MaxTasksPerRun</c>.
    /// </summary>
    public long MaxTasksPerRun { get; init; } = RunAdmission.DefaultMaxTasksPerRun;

    public required string PromptLibrary { get; init; }

    public required string ModelLibrary { get; init; }

    /// <summary>CT.gov record files or folders of them.</summary>
    public required IReadOnlyList<string> Trials { get; init; }

    /// <summary>Native gold files or folders of them.</summary>
    public required IReadOnlyList<string> Gold { get; init; }

    /// <summary>
    /// A second annotator's gold for the same trials (files or folders, native or brat); empty when the workspace
    /// declares none. When set, <c>runs show</c> and the run page show the two annotators' agreement as the ceiling.
    /// </summary>
    public IReadOnlyList<string> AgreementGold { get; init; } = [];

    /// <summary>How mapping values are compared when scoring (clinical findings, or the old text comparison).</summary>
    public ValueComparison ValueComparison { get; init; } = ValueComparison.Clinical;

    /// <summary>The largest trial record file read, in megabytes; a larger file is refused naming this setting.</summary>
    public int MaxTrialFileMb { get; init; } = WorkspaceLoadOptions.DefaultMaxTrialFileMb;

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>The rolling log file's path; the date is put before the extension (<c>mcodebench-20261127.log</c>).</summary>
    public required string LogFile { get; init; }

    /// <summary>Also write log events to standard error.</summary>
    public bool LogToConsole { get; init; }

    public int WebPort { get; init; } = DefaultWebPort;

    /// <summary>The web tracker's access token (a secret: masked by <c>config show</c>, never logged).</summary>
    public string AccessToken { get; init; } = string.Empty;

    /// <summary>How the statistics layer resamples and decides: <c>Statistics:Resamples</c>, <c>:Shuffles</c>, <c>:Alpha</c>, <c>:Seed</c>.</summary>
    public StatisticsOptions Statistics { get; init; } = StatisticsOptions.Default;

    /// <summary>True when no connection string is configured and the SQLite file in <see cref="DataDir"/> is used.</summary>
    public bool UsesSqliteFile => Database.Length == 0;

    /// <summary>The SQLite database file used when <see cref="Database"/> is empty.</summary>
    public string DatabaseFile => Path.Combine(DataDir, DatabaseFileName);

    public string LogDirectory => Path.GetDirectoryName(LogFile) ?? DataDir;

    public WorkspacePaths Workspace => new(PromptLibrary, ModelLibrary, Trials, Gold);

    /// <summary>How the workspace is read and scored: <see cref="ValueComparison"/> and <see cref="MaxTrialFileMb"/>.</summary>
    public WorkspaceLoadOptions LoadOptions => new() { ValueComparison = ValueComparison, MaxTrialFileMb = MaxTrialFileMb };

    /// <summary>Leaves secrets out, so that logging the options can never leak them.</summary>
    public override string ToString() =>
        $"McodeBenchOptions {{ DataDir = {DataDir}, Database = {(UsesSqliteFile ? DatabaseFile : SecretMasker.MaskConnectionString(Database))}, CacheMemoryMb = {CacheMemoryMb}, MaxTasksPerRun = {MaxTasksPerRun}, "
        + $"PromptLibrary = {PromptLibrary}, ModelLibrary = {ModelLibrary}, Trials = [{string.Join(", ", Trials)}], Gold = [{string.Join(", ", Gold)}], AgreementGold = [{string.Join(", ", AgreementGold)}], "
        + $"ValueComparison = {ValueComparison}, MaxTrialFileMb = {MaxTrialFileMb}, "
        + $"LogLevel = {LogLevel}, LogFile = {LogFile}, LogToConsole = {LogToConsole}, WebPort = {WebPort}, Statistics = {Statistics.Resamples} resamples, {Statistics.Shuffles} shuffles, alpha {Statistics.Alpha}, seed {Statistics.Seed}, AccessToken = {(AccessToken.Length == 0 ? "(not set)" : SecretMasker.Mask)} }}";
}
