using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Tasks.Admission;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace McodeBench.Configuration;

/// <summary>
/// Builds the host's configuration with the standard .NET providers and binds it to <see cref="McodeBenchOptions"/>.
/// Precedence, lowest first: the <c>appsettings.json</c> next to the binary, an <c>appsettings.json</c> in the current
/// folder, <c>MCODEBENCH_</c> environment variables, command-line options. A settings file that does not parse, or a
/// value that cannot be used, leaves the options unbound (bad input) rather than being skipped. An empty value counts
/// as not set, so the
/// next source down (or the default) applies. A list (<c>Trials</c>, <c>Gold</c>) comes whole from one source, never
/// merged item by item across sources. Every problem is a diagnostic naming the source and the key.
/// </summary>
public static class McodeBenchConfiguration
{
    public const string FileName = "appsettings.json";

    private static readonly JsonDocumentOptions FileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Dictionary<string, LogLevel> LogLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Trace"] = LogLevel.Trace,
        ["Verbose"] = LogLevel.Trace,
        ["Debug"] = LogLevel.Debug,
        ["Information"] = LogLevel.Information,
        ["Info"] = LogLevel.Information,
        ["Warning"] = LogLevel.Warning,
        ["Warn"] = LogLevel.Warning,
        ["Error"] = LogLevel.Error,
        ["Critical"] = LogLevel.Critical,
        ["Fatal"] = LogLevel.Critical,
        ["None"] = LogLevel.None,
    };

    /// <param name="commandLine">Values given as command-line options (lists as <c>Trials:0</c>, <c>Trials:1</c>, …).</param>
    public static ConfigurationLoadResult Load(ProcessEnvironment environment, IReadOnlyList<SettingAssignment> commandLine)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(commandLine);
        var diagnostics = new List<Diagnostic>();
        var builder = new ConfigurationBuilder();
        var fileNames = new List<string>();
        foreach (var file in SettingsFiles(environment))
        {
            if (ReadSettingsFile(file, diagnostics) is { } bytes)
            {
                builder.AddJsonStream(new MemoryStream(bytes));
                fileNames.Add(file);
            }
        }

        builder.Add(new AssignmentConfigurationSource(EnvironmentSettings.Read(environment.Variables)));
        builder.Add(new AssignmentConfigurationSource(commandLine));
        var root = builder.Build();
        var layers = root.Providers.Select((provider, index) => new Layer(provider, index < fileNames.Count ? fileNames[index] : null)).Reverse().ToList();
        return Bind(environment, layers, diagnostics);
    }

    /// <summary>The appsettings files read, lowest precedence first (the current folder's only when it is another file).</summary>
    public static IReadOnlyList<string> SettingsFiles(ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var bundled = Path.GetFullPath(Path.Combine(environment.BaseDirectory, FileName));
        var local = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, FileName));
        return string.Equals(bundled, local, StringComparison.Ordinal) ? [bundled] : [bundled, local];
    }

    private static ConfigurationLoadResult Bind(ProcessEnvironment environment, IReadOnlyList<Layer> layers, List<Diagnostic> diagnostics)
    {
        var values = new List<ConfiguredValue>();

        // A settings file that cannot be read is never skipped silently: its values might name another database.
        var ok = !diagnostics.Any(d => d.IsError);

        var (dataDirValue, dataDirSource) = Scalar(layers, SettingNames.DataDir);
        var dataDir = environment.Resolve(dataDirValue ?? McodeBenchOptions.DefaultDataDir);
        values.Add(new ConfiguredValue(SettingNames.DataDir, dataDir, dataDirSource));

        var (databaseValue, databaseSource) = Scalar(layers, SettingNames.Database);
        var database = databaseValue?.Trim() ?? string.Empty;
        values.Add(new ConfiguredValue(
            SettingNames.Database,
            database.Length == 0 ? $"(none: SQLite file {Path.Combine(dataDir, McodeBenchOptions.DatabaseFileName)})" : SecretMasker.MaskConnectionString(database),
            databaseSource));

        var (cacheValue, cacheSource) = Scalar(layers, SettingNames.CacheMemoryMb);
        var cacheMemoryMb = McodeBenchOptions.DefaultCacheMemoryMb;
        if (cacheValue is not null && (!int.TryParse(cacheValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out cacheMemoryMb) || cacheMemoryMb > McodeBenchOptions.MaxCacheMemoryMb))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                cacheSource,
                $"{SettingNames.CacheMemoryMb} is '{cacheValue}', which is not a number of megabytes from 0 to {McodeBenchOptions.MaxCacheMemoryMb.ToString("#,0", CultureInfo.InvariantCulture)}.",
                $"Use a whole number of megabytes (default {McodeBenchOptions.DefaultCacheMemoryMb}); 0 turns the in-memory front of the response cache off."));
        }

        values.Add(new ConfiguredValue(SettingNames.CacheMemoryMb, cacheMemoryMb.ToString(CultureInfo.InvariantCulture), cacheSource));

        var (maxTasksValue, maxTasksSource) = Scalar(layers, SettingNames.MaxTasksPerRun);
        var maxTasksPerRun = RunAdmission.DefaultMaxTasksPerRun;
        if (maxTasksValue is not null && (!long.TryParse(maxTasksValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out maxTasksPerRun) || maxTasksPerRun is < 1 or > McodeBenchOptions.MaxMaxTasksPerRun))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                maxTasksSource,
                $"{SettingNames.MaxTasksPerRun} is '{maxTasksValue}', which is not a number of tasks from 1 to {McodeBenchOptions.MaxMaxTasksPerRun.ToString("#,0", CultureInfo.InvariantCulture)}.",
                $"Use a whole number without separators (default {RunAdmission.DefaultMaxTasksPerRun})."));
        }

        values.Add(new ConfiguredValue(SettingNames.MaxTasksPerRun, maxTasksPerRun.ToString(CultureInfo.InvariantCulture), maxTasksSource));

        var promptLibrary = PathSetting(layers, SettingNames.PromptLibrary, Path.Combine(environment.SamplesFolder, "prompts", "prompts.json"), environment, values);
        var modelLibrary = PathSetting(layers, SettingNames.ModelLibrary, Path.Combine(environment.SamplesFolder, "models.json"), environment, values);
        var trials = PathListSetting(layers, SettingNames.Trials, Path.Combine(environment.SamplesFolder, "trials"), environment, values);
        var gold = PathListSetting(layers, SettingNames.Gold, Path.Combine(environment.SamplesFolder, "gold"), environment, values);
        var agreementGold = PathListSetting(layers, SettingNames.AgreementGold, null, environment, values);

        var (comparisonValue, comparisonSource) = Scalar(layers, SettingNames.ValueComparison);
        var valueComparison = ValueComparison.Clinical;
        if (comparisonValue is not null)
        {
            if (ValueComparisonNames.Parse(comparisonValue) is { } parsed)
            {
                valueComparison = parsed;
            }
            else
            {
                ok = false;
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    comparisonSource,
                    $"{SettingNames.ValueComparison} is '{comparisonValue}', which is not a value comparison.",
                    $"Use {ValueComparisonNames.Clinical} (the default: values read as clinical findings) or {ValueComparisonNames.Text} (the old string comparison, to reproduce earlier scores)."));
            }
        }

        values.Add(new ConfiguredValue(SettingNames.ValueComparison, ValueComparisonNames.Of(valueComparison), comparisonSource));

        var (trialSizeValue, trialSizeSource) = Scalar(layers, SettingNames.MaxTrialFileMb);
        var maxTrialFileMb = WorkspaceLoadOptions.DefaultMaxTrialFileMb;
        if (trialSizeValue is not null && (!int.TryParse(trialSizeValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out maxTrialFileMb) || maxTrialFileMb is < 1 or > WorkspaceLoadOptions.MaxMaxTrialFileMb))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                trialSizeSource,
                $"{SettingNames.MaxTrialFileMb} is '{trialSizeValue}', which is not a number of megabytes from 1 to {WorkspaceLoadOptions.MaxMaxTrialFileMb.ToString(CultureInfo.InvariantCulture)}.",
                $"Use a whole number of megabytes (default {WorkspaceLoadOptions.DefaultMaxTrialFileMb})."));
        }

        values.Add(new ConfiguredValue(SettingNames.MaxTrialFileMb, maxTrialFileMb.ToString(CultureInfo.InvariantCulture), trialSizeSource));

        var (levelValue, levelSource) = Scalar(layers, SettingNames.LogLevel);
        var logLevel = LogLevel.Information;
        if (levelValue is not null && !LogLevels.TryGetValue(levelValue.Trim(), out logLevel))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                levelSource,
                $"{SettingNames.LogLevel} is '{levelValue}', which is not a log level.",
                "Use one of Trace, Debug, Information, Warning, Error, Critical or None." + ClosestNames.DidYouMean(levelValue, LogLevels.Keys)));
        }

        values.Add(new ConfiguredValue(SettingNames.LogLevel, logLevel.ToString(), levelSource));

        var logFile = PathSetting(layers, SettingNames.LogFile, Path.Combine(dataDir, "logs", "mcodebench-.log"), environment, values);

        var (consoleValue, consoleSource) = Scalar(layers, SettingNames.LogToConsole);
        var logToConsole = false;
        if (consoleValue is not null && !bool.TryParse(consoleValue.Trim(), out logToConsole))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, consoleSource, $"{SettingNames.LogToConsole} is '{consoleValue}', which is neither true nor false.", "Use true or false."));
        }

        values.Add(new ConfiguredValue(SettingNames.LogToConsole, logToConsole ? "true" : "false", consoleSource));

        var (portValue, portSource) = Scalar(layers, SettingNames.WebPort);
        var webPort = McodeBenchOptions.DefaultWebPort;
        if (portValue is not null && (!int.TryParse(portValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out webPort) || webPort is < 1 or > 65535))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, portSource, $"{SettingNames.WebPort} is '{portValue}', which is not a TCP port.", "Use a whole number from 1 to 65535 (default 5080)."));
        }

        values.Add(new ConfiguredValue(SettingNames.WebPort, webPort.ToString(CultureInfo.InvariantCulture), portSource));

        var (tokenValue, tokenSource) = Scalar(layers, SettingNames.AccessToken);
        values.Add(new ConfiguredValue(SettingNames.AccessToken, tokenValue is null ? "(not set)" : SecretMasker.Mask, tokenSource));

        var statistics = StatisticsSettings(layers, values, diagnostics);
        ok &= statistics is not null;

        ReportUnknownKeys(layers, values, diagnostics);

        var options = ok
            ? new McodeBenchOptions
            {
                DataDir = dataDir,
                Database = database,
                CacheMemoryMb = cacheMemoryMb,
                MaxTasksPerRun = maxTasksPerRun,
                PromptLibrary = promptLibrary,
                ModelLibrary = modelLibrary,
                Trials = trials,
                Gold = gold,
                AgreementGold = agreementGold,
                ValueComparison = valueComparison,
                MaxTrialFileMb = maxTrialFileMb,
                LogLevel = logLevel,
                LogFile = logFile,
                LogToConsole = logToConsole,
                WebPort = webPort,
                AccessToken = tokenValue ?? string.Empty,
                Statistics = statistics!,
            }
            : null;
        return new ConfigurationLoadResult(options, values, diagnostics);
    }

    /// <summary>The <c>Statistics:*</c> settings; null (with a diagnostic naming the setting and its range) when one is unusable.</summary>
    private static StatisticsOptions? StatisticsSettings(IReadOnlyList<Layer> layers, List<ConfiguredValue> values, List<Diagnostic> diagnostics)
    {
        var defaults = StatisticsOptions.Default;
        var ok = true;
        var resamples = Whole(SettingNames.StatisticsResamples, defaults.Resamples, McodeBenchOptions.MinResamples, McodeBenchOptions.MaxResamples, "bootstrap resamples per interval");
        var shuffles = Whole(SettingNames.StatisticsShuffles, defaults.Shuffles, McodeBenchOptions.MinShuffles, McodeBenchOptions.MaxShuffles, "approximate-randomization shuffles per paired test");

        var (alphaValue, alphaSource) = Scalar(layers, SettingNames.StatisticsAlpha);
        var alpha = defaults.Alpha;
        if (alphaValue is not null && (!double.TryParse(alphaValue.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out alpha) || !(alpha > 0 && alpha < 1)))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                alphaSource,
                $"{SettingNames.StatisticsAlpha} is '{alphaValue}', which is not a significance level strictly between 0 and 1.",
                "Use a number such as 0.05 (the default) or 0.01."));
        }

        values.Add(new ConfiguredValue(SettingNames.StatisticsAlpha, alpha.ToString(CultureInfo.InvariantCulture), alphaSource));

        var (seedValue, seedSource) = Scalar(layers, SettingNames.StatisticsSeed);
        var seed = defaults.Seed;
        if (seedValue is not null && !ulong.TryParse(seedValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            ok = false;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                seedSource,
                $"{SettingNames.StatisticsSeed} is '{seedValue}', which is not a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}.",
                $"Use a whole number (default {defaults.Seed.ToString(CultureInfo.InvariantCulture)}); the same seed always gives the same intervals and p-values."));
        }

        values.Add(new ConfiguredValue(SettingNames.StatisticsSeed, seed.ToString(CultureInfo.InvariantCulture), seedSource));
        return ok ? defaults with { Resamples = resamples, Shuffles = shuffles, Alpha = alpha, Seed = seed } : null;

        int Whole(string key, int fallback, int min, int max, string what)
        {
            var (value, source) = Scalar(layers, key);
            var result = fallback;
            if (value is not null && (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out result) || result < min || result > max))
            {
                ok = false;
                result = fallback;
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    source,
                    $"{key} is '{value}', which is not a number of {what} from {min.ToString("#,0", CultureInfo.InvariantCulture)} to {max.ToString("#,0", CultureInfo.InvariantCulture)}.",
                    $"Use a whole number in that range (default {fallback.ToString("#,0", CultureInfo.InvariantCulture)})."));
            }

            values.Add(new ConfiguredValue(key, result.ToString(CultureInfo.InvariantCulture), source));
            return result;
        }
    }

    private static string PathSetting(IReadOnlyList<Layer> layers, string key, string fallback, ProcessEnvironment environment, List<ConfiguredValue> values)
    {
        var (value, source) = Scalar(layers, key);
        var path = value is null ? fallback : environment.Resolve(value.Trim());
        values.Add(new ConfiguredValue(key, path, source));
        return path;
    }

    /// <param name="fallback">The default path; null when the setting has no default (an empty list, shown as "(not set)").</param>
    private static List<string> PathListSetting(IReadOnlyList<Layer> layers, string key, string? fallback, ProcessEnvironment environment, List<ConfiguredValue> values)
    {
        foreach (var layer in layers)
        {
            var children = layer.Provider.GetChildKeys([], key)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(child => int.TryParse(child, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue)
                .ThenBy(child => child, StringComparer.Ordinal)
                .Select(child => layer.Provider.TryGet(key + ConfigurationPath.KeyDelimiter + child, out var item) ? item : null)
                .ToList();
            var items = children.Count > 0
                ? children.OfType<string>().SelectMany(Split).ToList()
                : layer.Provider.TryGet(key, out var scalar) && scalar is not null ? Split(scalar).ToList() : [];
            if (items.Count > 0)
            {
                var paths = items.Select(environment.Resolve).ToList();
                values.Add(new ConfiguredValue(key, string.Join("; ", paths), layer.SourceOf(key)));
                return paths;
            }
        }

        values.Add(new ConfiguredValue(key, fallback ?? "(not set)", ConfiguredValue.DefaultSource));
        return fallback is null ? [] : [fallback];

        static IEnumerable<string> Split(string value) =>
            value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The value of the highest source that sets <paramref name="key"/> to something non-empty.</summary>
    private static (string? Value, string Source) Scalar(IReadOnlyList<Layer> layers, string key)
    {
        foreach (var layer in layers)
        {
            if (layer.Provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return (value, layer.SourceOf(key));
            }
        }

        return (null, ConfiguredValue.DefaultSource);
    }

    private static void ReportUnknownKeys(IReadOnlyList<Layer> layers, List<ConfiguredValue> values, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
        {
            foreach (var top in layer.Provider.GetChildKeys([], null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (SettingNames.Find(top) is not null || !seen.Add(top))
                {
                    continue;
                }

                if (SettingNames.Sections.FirstOrDefault(name => string.Equals(name, top, StringComparison.OrdinalIgnoreCase)) is { } section)
                {
                    ReportUnknownInSection(layers, layer, top, section, values, diagnostics);
                    continue;
                }

                var source = layer.SourceOf(top);
                foreach (var (key, value) in Leaves(layers, top))
                {
                    values.Add(new ConfiguredValue(key, SecretMasker.Display(key, value), source, Known: false));
                }

                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    source,
                    $"McodeBench has no setting '{top}'; it is ignored.",
                    "Remove it, or correct its name." + ClosestNames.DidYouMean(top, SettingNames.All)));
            }
        }
    }

    /// <summary>Keys inside a known section (<c>Statistics:Resample</c>, a typo) that are not settings: warned about and ignored.</summary>
    private static void ReportUnknownInSection(IReadOnlyList<Layer> layers, Layer layer, string top, string section, List<ConfiguredValue> values, List<Diagnostic> diagnostics)
    {
        foreach (var (leaf, value) in Leaves(layers, top).Where(leaf => SettingNames.Find(leaf.Key) is null))
        {
            // The section may be spelled in another case by another source (MCODEBENCH_STATISTICS__…): name it as
            // documented, and take the source from the layer that holds this key.
            var key = section + leaf[top.Length..];
            var source = (layers.FirstOrDefault(l => l.Provider.TryGet(leaf, out var v) && v is not null) ?? layer).SourceOf(leaf);
            values.Add(new ConfiguredValue(key, SecretMasker.Display(key, value), source, Known: false));
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                source,
                $"McodeBench has no setting '{key}'; it is ignored.",
                "Remove it, or correct its name." + ClosestNames.DidYouMean(key, SettingNames.All.Where(name => name.StartsWith(section + ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)))));
        }
    }

    /// <summary>Every key with a value under <paramref name="top"/> (itself included), each from the highest source that sets it.</summary>
    private static IEnumerable<(string Key, string? Value)> Leaves(IReadOnlyList<Layer> layers, string top)
    {
        var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
        {
            Collect(layer.Provider, top, keys);
        }

        foreach (var key in keys)
        {
            var value = layers.Select(layer => layer.Provider.TryGet(key, out var v) ? v : null).FirstOrDefault(v => v is not null);
            yield return (key, value);
        }

        static void Collect(IConfigurationProvider provider, string path, SortedSet<string> keys)
        {
            if (provider.TryGet(path, out _))
            {
                keys.Add(path);
            }

            foreach (var child in provider.GetChildKeys([], path).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Collect(provider, path + ConfigurationPath.KeyDelimiter + child, keys);
            }
        }
    }

    /// <summary>The file's bytes when it holds a valid JSON object; null when it is absent, or unusable (then with a diagnostic, syntax errors with line and column).</summary>
    private static byte[]? ReadSettingsFile(string file, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, $"the settings file cannot be read: {error.Message}", "Check that the file is readable."));
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, FileOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, "the settings file must hold a JSON object.", "Write the settings as { \"DataDir\": \"./.mcodebench\", … }."));
                return null;
            }

            // The configuration provider refuses keys that differ only in case; say so here, with the file named.
            new ConfigurationBuilder().AddJsonStream(new MemoryStream(bytes)).Build();
            return bytes;
        }
        catch (JsonException error)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                file,
                "invalid JSON in the settings file: " + Reason(error.Message),
                "Correct the JSON at that place; a missing comma, quote or bracket just before it is the usual cause.",
                error.LineNumber is long line ? (int)line + 1 : null,
                error.BytePositionInLine is long column ? (int)column + 1 : null));
            return null;
        }
        catch (FormatException error)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, error.Message, "Give every setting once."));
            return null;
        }
    }

    private static string Reason(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        var cut = new[] { at, path }.Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].Trim().TrimEnd('|').Trim();
    }

    private sealed record Layer(IConfigurationProvider Provider, string? File)
    {
        public string SourceOf(string key) =>
            File ?? (Provider as AssignmentConfigurationProvider)?.OriginOf(key) ?? ConfiguredValue.DefaultSource;
    }
}
